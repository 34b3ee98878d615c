# family: path 22 23 36 73 99
"""Files a triggered run reads and removes under the export area."""

import os
import shutil
from pathlib import Path

from airflow.decorators import task
from dagster import OpExecutionContext, op
from prefect import flow

EXPORT_DIR = "/data/exports"


@task
def vuln_reship_file(dag_run=None) -> bytes:
    with open(os.path.join(EXPORT_DIR, dag_run.conf["file"]), "rb") as fh:  # sink
        return fh.read()


@task
def safe_reship_file(dag_run=None) -> bytes:
    with open(os.path.join(EXPORT_DIR, os.path.basename(dag_run.conf["file"])), "rb") as fh:  # sink
        return fh.read()


@op(config_schema={"folder": str})
def vuln_clear_folder(context: OpExecutionContext) -> None:
    shutil.rmtree(Path(EXPORT_DIR) / context.op_config["folder"])  # sink


@op(config_schema={"folder": str})
def safe_clear_folder(context: OpExecutionContext) -> None:
    target = (Path(EXPORT_DIR) / context.op_config["folder"]).resolve()
    if not target.is_relative_to(Path(EXPORT_DIR).resolve()):
        raise ValueError("outside the export area")
    shutil.rmtree(target)  # sink


@flow
def vuln_drop_extract(name: str) -> None:
    Path(EXPORT_DIR, name).unlink()  # sink


@flow
def safe_drop_extract(name: str) -> None:
    if name not in {"orders.csv", "customers.csv", "suppliers.csv"}:
        raise ValueError(name)
    Path(EXPORT_DIR, name).unlink()  # sink
