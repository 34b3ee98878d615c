# family: cmd 78
"""The tools the pipeline runs: dbt, the AWS CLI and psql, with argument lists."""

import os
import shlex
import subprocess

from flask import Flask, request

from . import settings

app = Flask(__name__)


def safe_run_dbt(models: list[str], full_refresh: bool = False) -> None:
    args = ["dbt", "run", "--project-dir", settings.DBT_PROJECT_DIR, "--profiles-dir", settings.DBT_PROFILES_DIR]
    if models:
        args += ["--select", *models]
    if full_refresh:
        args.append("--full-refresh")
    subprocess.run(args, check=True)


def safe_aws_sync(local_dir: str, prefix: str) -> None:
    subprocess.run(
        ["aws", "s3", "sync", local_dir, f"s3://{settings.EXPORT_BUCKET}/{prefix}", "--only-show-errors"],
        check=True,
        timeout=3600,
    )


def safe_psql_copy(csv_path: str, table: str) -> None:
    env = dict(os.environ, PGAPPNAME="lakehouse-loader")
    with open(csv_path, "rb") as handle:
        subprocess.run(
            ["psql", "--no-psqlrc", "-v", "ON_ERROR_STOP=1", "-c", f"\\copy {table} FROM STDIN WITH CSV HEADER"],
            stdin=handle,
            env=env,
            check=True,
        )


def safe_dbt_docs_shell(target: str) -> str:
    command = f"cd {shlex.quote(settings.DBT_PROJECT_DIR)} && dbt docs generate --target {shlex.quote(target)}"
    return subprocess.run(command, shell=True, check=True, capture_output=True, text=True).stdout


def safe_git_sha() -> str:
    return subprocess.check_output(["git", "rev-parse", "--short", "HEAD"], text=True).strip()


@app.post("/admin/vacuum")
def vuln_vacuum_table():
    table = request.form["table"]
    os.system(f"psql -c 'VACUUM ANALYZE {table}'")  # sink
    return "", 204


@app.post("/admin/dbt")
def vuln_dbt_select():
    selector = request.get_json()["select"]
    subprocess.run(f"dbt run --select {selector}", shell=True, check=True)  # sink
    return "", 202
