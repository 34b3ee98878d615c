# family: log 117
import logging

from celery import shared_task

log = logging.getLogger("feeds.notify")


@shared_task
def safe_notify_desk(desk, subject, context, event):
    """A notification task of the service: its event and context are the service's own objects, not an AWS
    Lambda handler's (handler(event, context))."""
    log.info("notifying %s about %s: %s", desk, subject, event["title"])


def notify_desk_of_halt(halt_id):
    safe_notify_desk.delay("equities", "trading halt", {"halt": halt_id}, {"title": f"halt {int(halt_id)}"})


def vuln_lambda_handler(event, context):
    log.info("partner notice received: %s", event["notice"])  # sink
    return {"statusCode": 202}
