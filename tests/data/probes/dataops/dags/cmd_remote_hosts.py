# family: cmd 78
"""Tasks that run commands on the ETL hosts over SSH, with the host key checked, for a triggered run's conf."""

import shlex

import paramiko
from airflow.decorators import task

ETL_HOST = "etl-01.internal.acme.example"


def _client() -> paramiko.SSHClient:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(ETL_HOST, username="airflow", key_filename="/opt/airflow/.ssh/id_ed25519")
    return client


@task
def vuln_purge_cache(dag_run=None) -> str:
    client = _client()
    _, stdout, _ = client.exec_command(f"rm -rf /srv/etl/cache/{dag_run.conf['dataset']}")  # sink
    return stdout.read().decode()


@task
def safe_purge_cache(dag_run=None) -> str:
    client = _client()
    _, stdout, _ = client.exec_command(f"rm -rf -- /srv/etl/cache/{shlex.quote(dag_run.conf['dataset'])}")  # sink
    return stdout.read().decode()


@task
def vuln_tail_job_log(**context) -> str:
    job = context["dag_run"].conf["job"]
    client = _client()
    _, stdout, _ = client.exec_command("tail -n 200 /var/log/etl/" + job + ".log")  # sink
    return stdout.read().decode()


@task
def safe_tail_job_log(**context) -> str:
    job = context["dag_run"].conf["job"]
    if not job.isidentifier():
        raise ValueError("job names are identifiers")
    client = _client()
    _, stdout, _ = client.exec_command("tail -n 200 /var/log/etl/" + job + ".log")  # sink
    return stdout.read().decode()
