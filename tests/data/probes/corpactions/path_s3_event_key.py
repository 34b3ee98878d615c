# family: path 22 23 36 73 99
import os
from urllib.parse import unquote_plus

import boto3

s3 = boto3.client("s3")
WORKDIR = "/tmp/announcements"


def vuln_announcement_uploaded(event, context):
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        key = unquote_plus(record["s3"]["object"]["key"])
        s3.download_file(bucket, key, os.path.join(WORKDIR, key))  # sink


def safe_announcement_uploaded(event, context):
    for record in event["Records"]:
        bucket = record["s3"]["bucket"]["name"]
        key = unquote_plus(record["s3"]["object"]["key"])
        s3.download_file(bucket, key, os.path.join(WORKDIR, os.path.basename(key)))
