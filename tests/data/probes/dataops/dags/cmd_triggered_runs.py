# family: cmd 78
"""Maintenance DAGs an analyst triggers by hand ("Trigger DAG w/ config" or the REST API): the run's conf and params."""

import shlex
import subprocess
from datetime import datetime

from airflow import DAG
from airflow.decorators import task
from airflow.models.param import Param
from airflow.operators.bash import BashOperator
from airflow.operators.python import PythonOperator

RESTORE_ROOT = "/srv/backups/warehouse"


def vuln_restore_table(**context) -> None:
    table = context["dag_run"].conf["table"]
    subprocess.run(f"pg_restore -d warehouse -t {table} {RESTORE_ROOT}/latest.dump", shell=True, check=True)  # sink


def safe_restore_table(**context) -> None:
    table = context["dag_run"].conf["table"]
    subprocess.run(["pg_restore", "-d", "warehouse", "-t", table, f"{RESTORE_ROOT}/latest.dump"], check=True)  # sink


def vuln_vacuum_schema(**context) -> None:
    schema = context["params"]["schema"]
    subprocess.run("vacuumdb --analyze --schema " + schema + " warehouse", shell=True, check=True)  # sink


def safe_vacuum_schema(**context) -> None:
    schema = context["params"]["schema"]
    subprocess.run("vacuumdb --analyze --schema " + shlex.quote(schema) + " warehouse", shell=True, check=True)  # sink


def vuln_reindex(dag_run, **_) -> None:
    index = dag_run.conf.get("index", "orders_pkey")
    subprocess.check_call(f"reindexdb --index {index} warehouse", shell=True)  # sink


def safe_reindex(dag_run, **_) -> None:
    index = dag_run.conf.get("index", "orders_pkey")
    subprocess.check_call(["reindexdb", "--index", index, "warehouse"])  # sink


def build_maintenance_dag() -> DAG:
    with DAG(
        "warehouse_maintenance",
        schedule=None,
        start_date=datetime(2026, 1, 1),
        params={"schema": Param("analytics", type="string")},
    ) as dag:
        PythonOperator(task_id="restore", python_callable=vuln_restore_table)
        PythonOperator(task_id="restore_safe", python_callable=safe_restore_table)
        PythonOperator(task_id="vacuum", python_callable=vuln_vacuum_schema)
        PythonOperator(task_id="vacuum_safe", python_callable=safe_vacuum_schema)
        PythonOperator(task_id="reindex", python_callable=vuln_reindex)
        PythonOperator(task_id="reindex_safe", python_callable=safe_reindex)
    return dag


def vuln_landing_sync_dag() -> DAG:
    with DAG("landing_sync", schedule=None, start_date=datetime(2026, 1, 1), params={"source": "s3://acme-landing/"}) as dag:
        BashOperator(
            task_id="sync",
            bash_command="aws s3 sync {{ params.source }} /data/landing/ --only-show-errors",  # sink
        )
    return dag


def safe_landing_sync_dag() -> DAG:
    with DAG("landing_sync_env", schedule=None, start_date=datetime(2026, 1, 1), params={"source": "s3://acme-landing/"}) as dag:
        BashOperator(
            task_id="sync",
            bash_command='aws s3 sync "$SOURCE" /data/landing/ --only-show-errors',  # sink
            env={"SOURCE": "{{ params.source }}"},
            append_env=True,
        )
    return dag


def vuln_partition_drop_dag() -> DAG:
    with DAG("partition_drop", schedule=None, start_date=datetime(2026, 1, 1)) as dag:
        BashOperator(
            task_id="drop",
            bash_command="hdfs dfs -rm -r /warehouse/events/day={{ dag_run.conf['day'] }}",  # sink
        )
    return dag


def safe_partition_drop_dag() -> DAG:
    with DAG(
        "partition_drop_quoted",
        schedule=None,
        start_date=datetime(2026, 1, 1),
        user_defined_filters={"shquote": shlex.quote},
    ) as dag:
        BashOperator(
            task_id="drop",
            bash_command="hdfs dfs -rm -r /warehouse/events/day={{ dag_run.conf['day'] | shquote }}",  # sink
        )
    return dag


@task.bash
def vuln_dbt_select(dag_run=None) -> str:
    return f"dbt run --select {dag_run.conf['selector']} --target prod"  # sink


@task.bash
def safe_dbt_select(dag_run=None) -> str:
    return f"dbt run --select {shlex.quote(dag_run.conf['selector'])} --target prod"  # sink


@task
def vuln_scale_workers(**context) -> None:
    conf = context["dag_run"].conf
    command = " ".join(["kubectl", "scale", "deployment/etl-workers", "--replicas", str(conf["replicas"]), "-n", conf["namespace"]])
    subprocess.run(command, shell=True, check=True)  # sink


@task
def safe_scale_workers(**context) -> None:
    conf = context["dag_run"].conf
    command = shlex.join(["kubectl", "scale", "deployment/etl-workers", "--replicas", str(conf["replicas"]), "-n", conf["namespace"]])
    subprocess.run(command, shell=True, check=True)  # sink
