# family: cmd 78
"""Dagster ops configured from the launchpad's run config."""

import os
import shlex
import subprocess

from dagster import Config, OpExecutionContext, op


class ExportConfig(Config):
    bucket: str
    folder: str


@op(config_schema={"path": str})
def vuln_sync_folder(context: OpExecutionContext) -> None:
    os.system(f"aws s3 sync /data/exports/ {context.op_config['path']}")  # sink


@op(config_schema={"path": str})
def safe_sync_folder(context: OpExecutionContext) -> None:
    subprocess.run(["aws", "s3", "sync", "/data/exports/", context.op_config["path"]], check=True)  # sink


@op
def vuln_export_folder(config: ExportConfig) -> None:
    subprocess.run(f"aws s3 cp --recursive /data/exports/{config.folder} s3://{config.bucket}/", shell=True, check=True)  # sink


@op
def safe_export_folder(config: ExportConfig) -> None:
    target = shlex.quote(f"s3://{config.bucket}/")
    subprocess.run(f"aws s3 cp --recursive /data/exports/{shlex.quote(config.folder)} {target}", shell=True, check=True)  # sink
