# family: code 94 95
"""Row filters and options a triggered run passes in."""

import ast

import pandas as pd
from airflow.decorators import task


@task
def vuln_filter_rows(dag_run=None) -> int:
    frame = pd.read_parquet("/data/exports/orders.parquet")
    keep = eval(dag_run.conf["predicate"], {"frame": frame})  # sink
    return int(frame[keep].shape[0])


@task
def safe_filter_rows(dag_run=None) -> int:
    frame = pd.read_parquet("/data/exports/orders.parquet")
    regions = ast.literal_eval(dag_run.conf["regions"])  # sink
    return int(frame[frame["region"].isin(regions)].shape[0])
