# family: xxe 611 776 827
import base64
import functools
import logging

import defusedxml.ElementTree as SafeET
from lxml import etree

log = logging.getLogger(__name__)


def with_request_id(func):
    @functools.wraps(func)
    def wrapper(event, context):
        log.info("request %s", context.aws_request_id)
        return func(event, context)

    return wrapper


def _body(event) -> bytes:
    if event.get("isBase64Encoded"):
        return base64.b64decode(event["body"])
    return event["body"].encode()


@with_request_id
def vuln_swift_import(event, context):
    doc = etree.fromstring(_body(event))  # sink
    return {"statusCode": 202, "body": doc.findtext("CorpActnEvtId") or ""}


@with_request_id
def safe_swift_import(event, context):
    doc = SafeET.fromstring(_body(event))
    return {"statusCode": 202, "body": doc.findtext("CorpActnEvtId") or ""}
