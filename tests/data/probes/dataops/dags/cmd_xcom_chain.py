# family: cmd 78
"""A partner's file list fetched by one task and handed on by XCom to the task that copies the files."""

import shlex
import subprocess

import requests
from airflow.decorators import task
from airflow.operators.python import PythonOperator

PARTNER_INDEX = "https://files.partner.example/index.json"


@task
def list_partner_files() -> list[str]:
    return requests.get(PARTNER_INDEX, timeout=30).json()["files"]


def _fetch_index(**_) -> list[str]:
    return requests.get(PARTNER_INDEX, timeout=30).json()["files"]


def vuln_copy_listed(ti, **_) -> None:
    names = ti.xcom_pull(task_ids="fetch_index")
    subprocess.run("gsutil cp " + " ".join(names) + " gs://acme-landing/partner/", shell=True, check=True)  # sink


def safe_copy_listed(ti, **_) -> None:
    names = ti.xcom_pull(task_ids="fetch_index")
    subprocess.run("gsutil cp " + shlex.join(names) + " gs://acme-landing/partner/", shell=True, check=True)  # sink


fetch_index = PythonOperator(task_id="fetch_index", python_callable=_fetch_index)


@task
def vuln_stage_files(names: list[str]) -> None:
    for name in names:
        subprocess.run(f"curl -fsS -o /data/partner/{name} https://files.partner.example/{name}", shell=True, check=True)  # sink


@task
def safe_stage_files(names: list[str]) -> None:
    for name in names:
        subprocess.run(["curl", "-fsS", "-o", f"/data/partner/{name}", f"https://files.partner.example/{name}"], check=True)  # sink


def build_chain() -> None:
    vuln_stage_files(list_partner_files())
    safe_stage_files(list_partner_files())
