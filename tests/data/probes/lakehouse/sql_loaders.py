# family: sql 89
"""Reads of the warehouse for the daily reports and the metrics API."""

import logging

import click
import jinja2
import pandas as pd
from flask import Flask, request
from sqlalchemy import text

from . import settings

log = logging.getLogger(__name__)
app = Flask(__name__)

PARTITION_SQL = jinja2.Template(
    "SELECT {{ columns | join(', ') }} FROM {{ table }} WHERE ordered_at >= %(start)s AND ordered_at < %(end)s"
)


def safe_daily_counts(conn, day: str) -> pd.DataFrame:
    return pd.read_sql(
        "SELECT channel, count(*) AS n FROM fact_orders WHERE ordered_at::date = %(day)s GROUP BY channel",
        conn,
        params={"day": day},
    )


def safe_table_counts(conn) -> dict[str, int]:
    counts = {}
    for table in settings.FACT_TABLES:
        frame = pd.read_sql(f"SELECT count(*) AS n FROM {table}", conn)
        counts[table] = int(frame["n"].iloc[0])
    return counts


def safe_export_columns(conn, table: str, start: str, end: str) -> pd.DataFrame:
    if table not in settings.EXPORT_COLUMNS:
        raise ValueError(f"no export for {table}")
    columns = ", ".join(settings.EXPORT_COLUMNS[table])
    query = f"SELECT {columns} FROM {table} WHERE ordered_at >= %s AND ordered_at < %s"
    return pd.read_sql(query, conn, params=(start, end))


def safe_jinja_partition(conn, start: str, end: str) -> pd.DataFrame:
    query = PARTITION_SQL.render(table="fact_orders", columns=settings.EXPORT_COLUMNS["fact_orders"])
    return pd.read_sql(query, conn, params={"start": start, "end": end})


def safe_sqlalchemy_window(engine, customer_id: int, limit: int = 100) -> pd.DataFrame:
    stmt = text("SELECT * FROM fact_orders WHERE customer_id = :cid ORDER BY ordered_at DESC LIMIT :lim")
    with engine.connect() as connection:
        return pd.read_sql(stmt, connection, params={"cid": customer_id, "lim": limit})


def safe_snowflake_merge(cursor, batch_id: str) -> None:
    for table in settings.FACT_TABLES:
        cursor.execute(
            f"MERGE INTO analytics.{table} t USING staging.{table} s ON t.id = s.id "
            "WHEN NOT MATCHED THEN INSERT SELECT s.* WHERE s.batch_id = %s",
            (batch_id,),
        )
    log.info("merged batch %s into %d tables", batch_id, len(settings.FACT_TABLES))


@app.get("/metrics/<int:customer_id>")
def safe_metrics_api(customer_id: int):
    metric = request.args.get("metric", "orders")
    table = {"orders": "fact_orders", "refunds": "fact_refunds"}.get(metric, "fact_orders")
    frame = pd.read_sql(f"SELECT count(*) AS n FROM {table} WHERE customer_id = %(c)s", app.config["DB"], params={"c": customer_id})
    return {"value": int(frame["n"].iloc[0])}


@app.get("/metrics/raw")
def vuln_metrics_api():
    metric = request.args["metric"]
    frame = pd.read_sql(f"SELECT count(*) AS n FROM fact_orders WHERE channel = '{metric}'", app.config["DB"])  # sink
    return {"value": int(frame["n"].iloc[0])}


@click.command()
@click.option("--where", default="1=1")
def vuln_cli_where(where: str) -> None:
    conn = app.config["DB"]
    frame = pd.read_sql("SELECT * FROM fact_orders WHERE " + where, conn)  # sink
    click.echo(frame.to_csv(index=False))
