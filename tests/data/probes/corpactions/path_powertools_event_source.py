# family: path 22 23 36 73 99
import os
from urllib.parse import unquote_plus

from aws_lambda_powertools.utilities.data_classes import S3Event, event_source

STAGING = "/mnt/efs/staging"


@event_source(data_class=S3Event)
def vuln_stage_upload(event: S3Event, context):
    for record in event.records:
        key = unquote_plus(record.s3.get_object.key)
        with open(os.path.join(STAGING, key), "w") as fh:  # sink
            fh.write(record.s3.bucket.name)


@event_source(data_class=S3Event)
def safe_stage_upload(event: S3Event, context):
    for record in event.records:
        key = unquote_plus(record.s3.get_object.key)
        with open(os.path.join(STAGING, os.path.basename(key)), "w") as fh:
            fh.write(record.s3.bucket.name)
