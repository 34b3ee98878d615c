# family: deser 502
import base64
import json
import pickle

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response
from aws_lambda_powertools.utilities.data_classes.sqs_event import SQSRecord

processor = BatchProcessor(event_type=EventType.SQS)
POSITIONS: dict[str, float] = {}


def vuln_position_record(record: SQSRecord):
    snapshot = pickle.loads(base64.b64decode(record.body))  # sink
    POSITIONS[snapshot["account"]] = snapshot["units"]


def safe_position_record(record: SQSRecord):
    snapshot = json.loads(base64.b64decode(record.body))
    POSITIONS[snapshot["account"]] = snapshot["units"]


def handler_vuln(event, context):
    return process_partial_response(event=event, record_handler=vuln_position_record, processor=processor, context=context)


def handler_safe(event, context):
    return process_partial_response(event=event, record_handler=safe_position_record, processor=processor, context=context)
