# family: cmd 78
"""The team's invoke/fabric tasks (`fab deploy --version ...`): an operator's command line, run on the ETL hosts."""

import shlex

from fabric import Connection
from invoke import task

ETL_HOSTS = ("etl-01.internal.acme.example", "etl-02.internal.acme.example")


@task
def vuln_deploy(c, version):
    c.run(f"helm upgrade etl ./charts/etl --set image.tag={version} --wait")  # sink


@task
def safe_deploy(c, version):
    c.run(f"helm upgrade etl ./charts/etl --set image.tag={shlex.quote(version)} --wait")  # sink


@task
def vuln_restart(c, service):
    for host in ETL_HOSTS:
        Connection(host, user="deploy").sudo(f"systemctl restart {service}")  # sink


@task
def safe_restart(c, service):
    for host in ETL_HOSTS:
        Connection(host, user="deploy").sudo(shlex.join(["systemctl", "restart", service]))  # sink


@task(help={"name": "the log file to compress"})
def vuln_rotate_logs(c, name="etl.log"):
    c.sudo("gzip -- /var/log/etl/" + name)  # sink


@task(help={"name": "the log file to compress"})
def safe_rotate_logs(c, name="etl.log"):
    c.sudo("gzip -- " + shlex.quote("/var/log/etl/" + name))  # sink
