# family: cmd 78
"""Airflow DAGs of the nightly exports: operators, TaskFlow tasks and the run's configuration."""

import subprocess
from datetime import datetime, timedelta

from airflow import DAG
from airflow.decorators import task
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator

DEFAULT_ARGS = {"owner": "data-platform", "retries": 2, "retry_delay": timedelta(minutes=5)}


def _export(ds: str, **_: object) -> None:
    subprocess.run(["python", "-m", "lakehouse.export", "--day", ds], check=True)


def safe_build_export_dag() -> DAG:
    with DAG(
        "nightly_exports",
        default_args=DEFAULT_ARGS,
        schedule="0 2 * * *",
        start_date=datetime(2026, 1, 1),
        catchup=False,
    ) as dag:
        dbt = BashOperator(
            task_id="dbt_build",
            bash_command="dbt build --project-dir /opt/dbt/analytics --target prod --vars '{\"run_date\": \"{{ ds }}\"}'",
        )
        export = PythonOperator(task_id="export", python_callable=_export)
        dbt >> export
    return dag


@task
def safe_sync_partition(ds: str | None = None) -> None:
    subprocess.run(["aws", "s3", "cp", f"/data/exports/{ds}.parquet", "s3://acme-analytics-exports/daily/"], check=True)


@task
def vuln_rebuild_model(**context) -> None:
    model = context["dag_run"].conf.get("model", "fact_orders")
    subprocess.run(f"dbt run --select {model} --target prod", shell=True, check=True)  # sink


def vuln_build_backfill_dag() -> DAG:
    with DAG("backfill", schedule=None, start_date=datetime(2026, 1, 1)) as dag:
        BashOperator(
            task_id="backfill",
            bash_command="dbt run --select {{ dag_run.conf['model'] }} --vars '{\"day\": \"{{ ds }}\"}'",  # sink
        )
    return dag


@task
def safe_rebuild_day(dag_run=None, ds: str | None = None) -> None:
    subprocess.run(["dbt", "run", "--select", "fact_orders", "--vars", f"day: {ds}"], check=True)
    print(f"rebuilt fact_orders for {ds} in run {dag_run.run_id}")


@task
def vuln_rebuild_from_param(dag_run=None) -> None:
    tables = " ".join(dag_run.conf.get("tables", []))
    subprocess.run("dbt run --select " + tables, shell=True, check=True)  # sink
