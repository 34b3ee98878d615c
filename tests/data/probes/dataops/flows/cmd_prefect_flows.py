# family: cmd 78
"""Prefect flows of the data team, run from deployments whose parameters anyone with the workspace's run role sets."""

import shlex
import subprocess

from prefect import flow, task


@task
def _sync(bucket: str, prefix: str) -> None:
    subprocess.run(f"gsutil -m rsync -r gs://{bucket}/{prefix} /data/raw/", shell=True, check=True)  # sink


@task
def _sync_quoted(bucket: str, prefix: str) -> None:
    subprocess.run(f"gsutil -m rsync -r {shlex.quote(f'gs://{bucket}/{prefix}')} /data/raw/", shell=True, check=True)  # sink


@flow(name="raw-sync")
def vuln_raw_sync(prefix: str = "daily") -> None:
    _sync("acme-raw", prefix)  # sink


@flow(name="raw-sync-quoted")
def safe_raw_sync(prefix: str = "daily") -> None:
    _sync_quoted("acme-raw", prefix)  # sink


@flow
def vuln_compact(table: str, days: int = 7) -> None:
    subprocess.run(f"spark-submit jobs/compact.py --table {table} --days {days}", shell=True, check=True)  # sink


@flow
def safe_compact(table: str, days: int = 7) -> None:
    subprocess.run(["spark-submit", "jobs/compact.py", "--table", table, "--days", str(days)], check=True)  # sink
