# family: path 22 23 36 73 99
import json
import os
import shutil

from confluent_kafka import Consumer

INBOX = "/srv/corpactions/inbox"
ARCHIVE = "/srv/corpactions/archive"
SETTINGS = {"bootstrap.servers": "kafka-1.internal:9092", "group.id": "documents"}


def vuln_archive_document(payload: dict) -> None:
    shutil.move(os.path.join(INBOX, payload["file"]), ARCHIVE)  # sink


def safe_archive_document(payload: dict) -> None:
    shutil.move(os.path.join(INBOX, os.path.basename(payload["file"])), ARCHIVE)


def _ignore(payload: dict) -> None:
    return None


VULN_HANDLERS = {"archive": vuln_archive_document, "heartbeat": _ignore}
SAFE_HANDLERS = {"archive": safe_archive_document, "heartbeat": _ignore}


def _run(handlers: dict) -> None:
    consumer = Consumer(SETTINGS)
    consumer.subscribe(["document-events"])
    while True:
        msg = consumer.poll(1.0)
        if msg is None or msg.error():
            continue
        payload = json.loads(msg.value().decode("utf-8"))
        handler = handlers.get(payload.get("type"))
        if handler is not None:
            handler(payload)


def run_vuln() -> None:
    _run(VULN_HANDLERS)


def run_safe() -> None:
    _run(SAFE_HANDLERS)
