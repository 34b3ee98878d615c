# family: tls 295
"""SSH clients of the ops tasks: host keys of unknown hosts accepted against checked."""

import paramiko
from invoke import task


@task
def vuln_collect_metrics(c, host):
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())  # sink
    client.connect(host, username="metrics")
    client.exec_command("cat /var/lib/etl/metrics.prom")


@task
def safe_collect_metrics(c, host):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.set_missing_host_key_policy(paramiko.RejectPolicy())  # sink
    client.connect(host, username="metrics")
    client.exec_command("cat /var/lib/etl/metrics.prom")
