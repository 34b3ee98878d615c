# family: ssti 1336 94
import json

import jinja2
from celery import shared_task
from jinja2.sandbox import SandboxedEnvironment
from kafka import KafkaConsumer


@shared_task
def vuln_render_subject(template: str, holder: str) -> str:
    return jinja2.Environment().from_string(template).render(holder=holder)  # sink


@shared_task
def safe_render_subject(template: str, holder: str) -> str:
    return SandboxedEnvironment().from_string(template).render(holder=holder)


def consume_subjects() -> None:
    for message in KafkaConsumer("mail-subjects", bootstrap_servers=["kafka-1.internal:9092"]):
        request = json.loads(message.value)
        vuln_render_subject.delay(request["subject"], request["holder"])
        safe_render_subject.delay(request["subject"], request["holder"])
