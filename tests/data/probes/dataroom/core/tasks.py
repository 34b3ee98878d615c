"""Celery tasks of the export service: conversions and deliveries run by the workers."""
import subprocess

import httpx
from celery import Celery, shared_task
from celery.utils.log import get_task_logger
from jinja2 import Environment

app = Celery("dataroom", broker="redis://redis/0")
log = get_task_logger(__name__)
cover_env = Environment(autoescape=True)


@shared_task(bind=True, autoretry_for=(subprocess.CalledProcessError,), max_retries=3)
def convert_report(self, path, fmt):
    subprocess.run(f"soffice --headless --convert-to {fmt} {path}", shell=True, check=True)


@app.task(name="dataroom.stamp")
def stamp_document(path, holder):
    subprocess.run(f"qpdf --overlay stamps/{holder}.pdf -- {path} {path}.stamped", shell=True, check=True)


@shared_task
def deliver(url, report_id):
    httpx.post(url, json={"report": report_id}, timeout=10)


@shared_task
def render_cover(header, title):
    return cover_env.from_string(header).render(title=title)


@shared_task
def audit_export(name, client):
    log.info(f"export {name} done for {client}")
