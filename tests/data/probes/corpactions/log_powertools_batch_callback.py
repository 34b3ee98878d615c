# family: log 117
import logging

from aws_lambda_powertools.utilities.batch import BatchProcessor, EventType, process_partial_response

processor = BatchProcessor(event_type=EventType.SQS)
log = logging.getLogger("corpactions.instructions")


def vuln_instruction(record):
    instruction = record.json_body
    log.warning("instruction rejected for holder " + instruction["holder"])  # sink


def safe_instruction(record):
    instruction = record.json_body
    log.warning("instruction rejected for holder %r", instruction["holder"])


def handle_vuln(event, context):
    return process_partial_response(event=event, record_handler=vuln_instruction, processor=processor, context=context)


def handle_safe(event, context):
    return process_partial_response(event=event, record_handler=safe_instruction, processor=processor, context=context)
