"""Round 36's causes (tests/data/probes/dataops): a data-operations team's orchestration repository, where values
enter as a triggered run's configuration (Airflow, Prefect, Dagster) or an operator's command line (invoke and
fabric tasks), each flagged shape beside the safe one it differs from."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

from tests.taintfindings import findings


def scan(cli: Any, root: Path, code: str, rules: set[str]) -> list[tuple[int, str]]:
    (root / "dag.py").write_text(textwrap.dedent(code).lstrip("\n"), encoding="utf-8")
    run = cli("scan", ".", "--no-cache", "--format", "json", "-o", "r.json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    report = json.loads((root / "r.json").read_text())["findings"]
    return sorted((f["start"]["line"], f["rule"]) for f in report if f["rule"] in rules)


def test_airflow_task_context_holds_the_run_conf_and_params() -> None:
    """def f(**context): context["dag_run"].conf and context["params"] are what the run was triggered with (the
    conf overrides params); the context's run id and dates are the scheduler's."""
    code = """
        import subprocess
        from airflow.decorators import task

        @task
        def rebuild(**context):
            subprocess.run("dbt run -s " + context["dag_run"].conf["model"], shell=True)
            subprocess.run("vacuumdb --schema " + context["params"]["schema"], shell=True)
            subprocess.run("echo " + context["dag_run"].run_id + " " + context["ds"], shell=True)
            subprocess.run(["dbt", "run", "-s", context["dag_run"].conf["model"]])
    """
    assert findings(code) == [("INP401", 6), ("INP401", 7), ("INP422", 9)]


def test_prefect_flow_and_dagster_config_are_the_runs() -> None:
    """A Prefect flow's parameters and a Dagster op's run config (context.op_config, a Config parameter) are set
    by whoever launches the run; a Prefect task's and a plain function's parameters are their callers'."""
    code = """
        import os
        from dagster import Config, op
        from prefect import flow, task

        class Sync(Config):
            folder: str

        @flow
        def compact(table: str):
            os.system("spark-submit compact.py --table " + table)

        @task
        def helper(table: str):
            os.system("spark-submit compact.py --table " + table)

        @op(config_schema={"path": str})
        def sync(context):
            os.system("aws s3 sync /data " + context.op_config["path"])
            os.system("echo " + context.run_id)

        @op
        def export(config: Sync):
            os.system("aws s3 cp /data/" + config.folder + " s3://acme/")
    """
    assert findings(code) == [("INP401", 10), ("INP401", 18), ("INP401", 23)]


def test_invoke_task_arguments_are_the_command_line() -> None:
    """@task def deploy(c, version): the arguments after the context are the operator's command line, reported
    where a shell command is built from them (as click's), not when quoted."""
    code = """
        import shlex
        from invoke import task

        @task
        def deploy(c, version):
            c.run(f"helm upgrade etl ./chart --set image.tag={version}")
            c.run(f"helm upgrade etl ./chart --set image.tag={shlex.quote(version)}")
    """
    assert findings(code) == [("INP401", 6)]


def test_airflow_task_bash_returns_a_shell_command() -> None:
    """@task.bash runs the string its function returns with bash."""
    code = """
        import shlex
        from airflow.decorators import task

        @task.bash
        def select(dag_run=None):
            return f"dbt run --select {dag_run.conf['selector']}"

        @task.bash
        def select_quoted(dag_run=None):
            return f"dbt run --select {shlex.quote(dag_run.conf['selector'])}"

        @task
        def label(dag_run=None):
            return f"dbt run --select {dag_run.conf['selector']}"
    """
    assert findings(code) == [("INP401", 6)]


def test_airflow_sql_hooks_take_the_statement_first() -> None:
    """A database hook's run/get_first/get_records/get_pandas_df run their first argument as SQL; values given
    in parameters= are bound."""
    code = """
        from airflow.decorators import task
        from airflow.providers.postgres.hooks.postgres import PostgresHook

        @task
        def purge(dag_run=None):
            hook = PostgresHook(postgres_conn_id="dw")
            hook.run(f"DELETE FROM orders WHERE day = '{dag_run.conf['day']}'")
            hook.get_first("SELECT count(*) FROM orders WHERE region = '%s'" % dag_run.conf["region"])
            hook.run("DELETE FROM orders WHERE day = %s", parameters=(dag_run.conf["day"],))
            hook.get_records("SELECT * FROM orders WHERE region = %s", parameters=[dag_run.conf["region"]])
    """
    assert findings(code) == [("INP402", 7), ("INP402", 8)]


def test_templated_commands_and_sql_read_params_and_quoting_filters(cli: Any, tmp_path: Path) -> None:
    """{{ params.x }} is the triggerer's (a triggered run's conf overrides it) unless the DAG declares a Param with
    an enum, a pattern or a non-text type; a filter the DAG defines as shlex.quote quotes for the shell; an SQL
    operator's sql template is a statement, its parameters= bound."""
    code = """
        import shlex
        from airflow import DAG
        from airflow.models.param import Param
        from airflow.operators.bash import BashOperator
        from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator

        DAG("d", params={"days": Param(7, type="integer"), "src": "s3://in/"}, user_defined_filters={"q": shlex.quote})
        BashOperator(task_id="a", bash_command="aws s3 sync {{ params.src }} /in/")
        BashOperator(task_id="b", bash_command="find /in -mtime +{{ params.days }} -delete")
        BashOperator(task_id="c", bash_command="rm -r /in/{{ dag_run.conf['day'] | q }}")
        BashOperator(task_id="d", bash_command="rm -r /in/{{ dag_run.conf['day'] | upper }}")
        SQLExecuteQueryOperator(task_id="e", sql="DELETE FROM t WHERE d = '{{ dag_run.conf['day'] }}'")
        SQLExecuteQueryOperator(task_id="f", sql="DELETE FROM t WHERE d = %(d)s", parameters={"d": "{{ params.src }}"})
        SQLExecuteQueryOperator(task_id="g", sql="DELETE FROM t WHERE n > {{ params.days }}")
    """
    assert scan(cli, tmp_path, code, {"INP159", "INP160"}) == [(8, "INP159"), (11, "INP159"), (12, "INP160")]


def test_luigi_text_parameters_are_the_command_line() -> None:
    """A luigi task's text parameters (declared in its class or a base task of the module, read as self.x) are
    given on the command line; typed ones are parsed, and a class that is no task holds its own attributes."""
    code = """
        import os
        import luigi

        class Base(luigi.Task):
            table = luigi.Parameter()

        class Dump(Base):
            day = luigi.DateParameter()
            note = luigi.Parameter(default="")

            def run(self):
                os.system(f"pg_dump -t {self.table} warehouse")
                os.system(f"logger {self.note}")
                os.system(f"tar czf /a/{self.day}.tgz /d")

        class Plain:
            note = luigi.Parameter()

            def run(self):
                os.system(f"logger {self.note}")
    """
    assert findings(code) == [("INP401", 12), ("INP401", 13)]


def test_paramiko_exec_command_runs_a_shell(cli: Any, tmp_path: Path) -> None:
    """exec_command hands its command line to the remote account's shell: a triggered run's value in it is
    command injection (INP401, which the pattern rule INP301 defers to); quoted or checked, INP301 asks the flow
    and stays quiet."""
    code = """
        import shlex
        import paramiko
        from airflow.decorators import task

        @task
        def purge(dag_run=None):
            client = paramiko.SSHClient()
            client.exec_command("rm -rf /srv/cache/" + dag_run.conf["dataset"])
            client.exec_command("rm -rf -- /srv/cache/" + shlex.quote(dag_run.conf["dataset"]))
            job = dag_run.conf["job"]
            if not job.isidentifier():
                raise ValueError(job)
            client.exec_command("tail /var/log/etl/" + job + ".log")
    """
    assert scan(cli, tmp_path, code, {"INP301", "INP401"}) == [(8, "INP401")]


def test_templated_arguments_of_python_callables() -> None:
    """Airflow renders a PythonOperator's op_kwargs/op_args and a TaskFlow task's call arguments before the
    callable runs: a template of exactly the run's conf or a param is the triggerer's value there; one with a
    filter, or a template inside other text, is left to the template rules."""
    code = """
        import subprocess
        from airflow.decorators import task
        from airflow.operators.python import PythonOperator

        def archive(prefix):
            subprocess.run("gsutil mv gs://in/" + prefix + "* gs://old/", shell=True)

        def count(days):
            subprocess.run("find /in -mtime +" + days, shell=True)

        @task
        def refresh(view):
            subprocess.run("psql -c 'REFRESH MATERIALIZED VIEW " + view + "'", shell=True)

        PythonOperator(task_id="a", python_callable=archive, op_kwargs={"prefix": "{{ dag_run.conf['prefix'] }}"})
        PythonOperator(task_id="b", python_callable=count, op_args=["{{ params.days | int }}"])
        refresh("{{ params.view }}")
        refresh("orders_daily")
    """
    assert findings(code) == [("INP401", 6), ("INP401", 13)]
