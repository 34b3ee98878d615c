# family: cmd 78
"""The platform team's operator CLI (typer)."""

import subprocess

import typer

from . import settings

cli = typer.Typer()


@cli.command()
def safe_restore_snapshot(snapshot: str, database: str = "analytics") -> None:
    subprocess.run(["pg_restore", "--clean", "--if-exists", "--dbname", database, snapshot], check=True)


@cli.command()
def safe_dbt_test(select: str = typer.Option("state:modified+")) -> None:
    subprocess.run(["dbt", "test", "--select", select, "--project-dir", settings.DBT_PROJECT_DIR], check=True)


@cli.command()
def vuln_dump_table(table: str, out: str) -> None:
    subprocess.run(f"pg_dump --table {table} analytics | gzip > {out}", shell=True, check=True)  # sink
