# family: sql 89
"""Prefect flows, Dagster ops and Luigi tasks querying the warehouse with their run's parameters."""

import luigi
import psycopg2
from dagster import OpExecutionContext, op
from prefect import flow
from sqlalchemy import create_engine, text

ENGINE = create_engine("postgresql+psycopg2://etl@warehouse.internal.acme.example/warehouse")


@flow
def vuln_purge_customer(customer_id: str) -> None:
    with ENGINE.begin() as conn:
        conn.execute(text(f"DELETE FROM staging_orders WHERE customer_id = '{customer_id}'"))  # sink


@flow
def safe_purge_customer(customer_id: str) -> None:
    with ENGINE.begin() as conn:
        conn.execute(text("DELETE FROM staging_orders WHERE customer_id = :cid"), {"cid": customer_id})  # sink


@op(config_schema={"status": str})
def vuln_requeue(context: OpExecutionContext) -> None:
    with psycopg2.connect("dbname=warehouse") as conn, conn.cursor() as cur:
        cur.execute(f"UPDATE jobs SET state = 'queued' WHERE state = '{context.op_config['status']}'")  # sink


@op(config_schema={"status": str})
def safe_requeue(context: OpExecutionContext) -> None:
    with psycopg2.connect("dbname=warehouse") as conn, conn.cursor() as cur:
        cur.execute("UPDATE jobs SET state = 'queued' WHERE state = %s", (context.op_config["status"],))  # sink


class VulnLoadSupplier(luigi.Task):
    supplier = luigi.Parameter()

    def run(self):
        with psycopg2.connect("dbname=warehouse") as conn, conn.cursor() as cur:
            cur.execute("DELETE FROM supplier_stage WHERE supplier = '%s'" % self.supplier)  # sink


class SafeLoadSupplier(luigi.Task):
    supplier = luigi.Parameter()

    def run(self):
        with psycopg2.connect("dbname=warehouse") as conn, conn.cursor() as cur:
            cur.execute("DELETE FROM supplier_stage WHERE supplier = %s", (self.supplier,))  # sink
