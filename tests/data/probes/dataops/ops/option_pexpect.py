# family: option 88
"""Interactive sessions driven by pexpect for a triggered run: a command line split into words against an argument list."""

import pexpect
from airflow.decorators import task


@task
def vuln_open_bastion(dag_run=None) -> int:
    child = pexpect.spawn(f"ssh -l etl {dag_run.conf['host']} uptime")  # sink
    child.expect(pexpect.EOF)
    return child.exitstatus


@task
def safe_open_bastion(dag_run=None) -> int:
    child = pexpect.spawn("ssh", ["-l", "etl", "--", dag_run.conf["host"], "uptime"])  # sink
    child.expect(pexpect.EOF)
    return child.exitstatus
