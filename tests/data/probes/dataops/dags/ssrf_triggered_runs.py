# family: ssrf 918
"""Callbacks and partner pulls of a triggered run."""

from urllib.parse import urlparse

import requests
from airflow.decorators import task
from prefect import flow

CALLBACK_HOSTS = frozenset({"hooks.acme.example", "ops.acme.example"})
PARTNER_HOSTS = {"refinitiv": "api.refinitiv.example", "bloomberg": "bpipe.bloomberg.example"}


@task
def vuln_notify_callback(dag_run=None) -> int:
    return requests.post(dag_run.conf["callback_url"], json={"state": "done"}, timeout=10).status_code  # sink


@task
def safe_notify_callback(dag_run=None) -> int:
    url = dag_run.conf["callback_url"]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in CALLBACK_HOSTS:
        raise ValueError("callback host not allowed")
    return requests.post(url, json={"state": "done"}, timeout=10).status_code  # sink


@flow
def vuln_pull_partner_report(partner: str, report_id: str) -> bytes:
    return requests.get(f"https://{partner}/reports/{int(report_id)}", timeout=30).content  # sink


@flow
def safe_pull_partner_report(partner: str, report_id: str) -> bytes:
    return requests.get(f"https://{PARTNER_HOSTS[partner]}/reports/{int(report_id)}", timeout=30).content  # sink
