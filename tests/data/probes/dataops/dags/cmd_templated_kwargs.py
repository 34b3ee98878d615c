# family: cmd 78
"""Callables handed the run's conf as a Jinja-templated argument (op_kwargs, TaskFlow call arguments)."""

import shlex
import subprocess
from datetime import datetime

from airflow import DAG
from airflow.decorators import task
from airflow.operators.python import PythonOperator


def vuln_archive_prefix(prefix: str) -> None:
    subprocess.run(f"gsutil -m mv gs://acme-landing/{prefix}* gs://acme-archive/", shell=True, check=True)  # sink


def safe_archive_prefix(prefix: str) -> None:
    subprocess.run(f"gsutil -m mv {shlex.quote(f'gs://acme-landing/{prefix}')}* gs://acme-archive/", shell=True, check=True)  # sink


@task
def vuln_refresh_view(view: str) -> None:
    subprocess.run(f"psql warehouse -c 'REFRESH MATERIALIZED VIEW {view}'", shell=True, check=True)  # sink


@task
def safe_refresh_view(view: str) -> None:
    subprocess.run(["psql", "warehouse", "-c", "REFRESH MATERIALIZED VIEW " + view], check=True)  # sink


def build_archive_dag() -> DAG:
    with DAG("archive_landing", schedule=None, start_date=datetime(2026, 1, 1)) as dag:
        PythonOperator(
            task_id="archive",
            python_callable=vuln_archive_prefix,
            op_kwargs={"prefix": "{{ dag_run.conf['prefix'] }}"},
        )
        PythonOperator(
            task_id="archive_quoted",
            python_callable=safe_archive_prefix,
            op_kwargs={"prefix": "{{ dag_run.conf['prefix'] }}"},
        )
        vuln_refresh_view("{{ dag_run.conf['view'] }}")
        safe_refresh_view("{{ dag_run.conf['view'] }}")
    return dag
