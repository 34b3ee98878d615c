# family: transport 319
"""The S3 upload path against moto's server on localhost."""

from __future__ import annotations

import boto3


def safe_test_upload_localstack() -> None:
    s3 = boto3.client(
        "s3",
        endpoint_url="http://localhost:4566",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
        region_name="eu-west-1",
    )
    s3.create_bucket(Bucket="quotes-test")
    s3.put_object(Bucket="quotes-test", Key="a.csv", Body=b"x")
    assert s3.get_object(Bucket="quotes-test", Key="a.csv")["Body"].read() == b"x"
