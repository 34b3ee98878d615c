"""The exports' object store (S3), reached with boto3."""
import boto3

from .settings import settings

s3 = boto3.client("s3", region_name=settings.region)


def presigned_download(key: str) -> str:
    return s3.generate_presigned_url(
        "get_object", Params={"Bucket": settings.bucket, "Key": key}, ExpiresIn=300
    )


def client_store(endpoint: str):
    return boto3.client("s3", endpoint_url=endpoint)
