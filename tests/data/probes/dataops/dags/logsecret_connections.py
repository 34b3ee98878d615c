# family: logsecret 532
"""Credentials read from Airflow's Variables and connections, and what the tasks log of them."""

import logging

from airflow.decorators import task
from airflow.hooks.base import BaseHook
from airflow.models import Variable

log = logging.getLogger(__name__)


@task
def vuln_check_vendor_token() -> None:
    token = Variable.get("vendor_api_token")
    log.info("using vendor token %s", token)  # sink


@task
def safe_check_vendor_token() -> None:
    token = Variable.get("vendor_api_token")
    log.info("using vendor token of %d characters", len(token))  # sink


@task
def vuln_describe_warehouse() -> None:
    conn = BaseHook.get_connection("warehouse")
    log.info("connecting to %s as %s with %s", conn.host, conn.login, conn.password)  # sink


@task
def safe_describe_warehouse() -> None:
    conn = BaseHook.get_connection("warehouse")
    log.info("connecting to %s as %s", conn.host, conn.login)  # sink
