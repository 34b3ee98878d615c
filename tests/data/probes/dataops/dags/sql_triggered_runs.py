# family: sql 89
"""Warehouse fixes run from a triggered DAG: hooks and SQL operators given the run's conf."""

from datetime import datetime

from airflow import DAG
from airflow.decorators import task
from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator
from airflow.providers.postgres.hooks.postgres import PostgresHook


@task
def vuln_delete_day(dag_run=None) -> None:
    hook = PostgresHook(postgres_conn_id="warehouse")
    hook.run(f"DELETE FROM fact_orders WHERE order_day = '{dag_run.conf['day']}'")  # sink


@task
def safe_delete_day(dag_run=None) -> None:
    hook = PostgresHook(postgres_conn_id="warehouse")
    hook.run("DELETE FROM fact_orders WHERE order_day = %s", parameters=(dag_run.conf["day"],))  # sink


@task
def vuln_count_rows(**context) -> int:
    region = context["dag_run"].conf["region"]
    hook = PostgresHook(postgres_conn_id="warehouse")
    return hook.get_first("SELECT count(*) FROM fact_orders WHERE region = '%s'" % region)[0]  # sink


@task
def safe_count_rows(**context) -> int:
    region = context["dag_run"].conf["region"]
    hook = PostgresHook(postgres_conn_id="warehouse")
    return hook.get_first("SELECT count(*) FROM fact_orders WHERE region = %(region)s", parameters={"region": region})[0]  # sink


@task
def vuln_export_frame(**context) -> str:
    conf = context["dag_run"].conf
    hook = PostgresHook(postgres_conn_id="warehouse")
    frame = hook.get_pandas_df("SELECT * FROM fact_orders WHERE customer_id = " + conf["customer"])  # sink
    return frame.to_csv(index=False)


@task
def safe_export_frame(**context) -> str:
    conf = context["dag_run"].conf
    hook = PostgresHook(postgres_conn_id="warehouse")
    frame = hook.get_pandas_df("SELECT * FROM fact_orders WHERE customer_id = %s", parameters=[conf["customer"]])  # sink
    return frame.to_csv(index=False)


def vuln_reprocess_dag() -> DAG:
    with DAG("reprocess_batch", schedule=None, start_date=datetime(2026, 1, 1)) as dag:
        SQLExecuteQueryOperator(
            task_id="reset",
            conn_id="warehouse",
            sql="UPDATE batches SET state = 'queued' WHERE batch_id = '{{ dag_run.conf['batch'] }}'",  # sink
        )
    return dag


def safe_reprocess_dag() -> DAG:
    with DAG("reprocess_batch_bound", schedule=None, start_date=datetime(2026, 1, 1)) as dag:
        SQLExecuteQueryOperator(
            task_id="reset",
            conn_id="warehouse",
            sql="UPDATE batches SET state = 'queued' WHERE batch_id = %(batch)s",  # sink
            parameters={"batch": "{{ dag_run.conf['batch'] }}"},
        )
    return dag


def vuln_region_report_dag() -> DAG:
    with DAG("region_report", schedule=None, start_date=datetime(2026, 1, 1), params={"region": "emea"}) as dag:
        SQLExecuteQueryOperator(
            task_id="report",
            conn_id="warehouse",
            sql="INSERT INTO report_runs SELECT * FROM fact_orders WHERE region = '{{ params.region }}'",  # sink
        )
    return dag


def safe_region_report_dag() -> DAG:
    with DAG("region_report_bound", schedule=None, start_date=datetime(2026, 1, 1), params={"region": "emea"}) as dag:
        SQLExecuteQueryOperator(
            task_id="report",
            conn_id="warehouse",
            sql="INSERT INTO report_runs SELECT * FROM fact_orders WHERE region = %(region)s",  # sink
            parameters={"region": "{{ params.region }}"},
        )
    return dag
