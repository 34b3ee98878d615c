# family: cmd 78
"""Celery beat jobs of the desk."""

import subprocess

from celery import Celery
from celery.schedules import crontab

app = Celery("opsdesk")
app.conf.beat_schedule = {
    "nightly-dump": {"task": "ops.tasks.safe_nightly_dump", "schedule": crontab(hour=2, minute=15)},
    "rotate": {"task": "ops.tasks.safe_rotate_logs", "schedule": crontab(hour=3, minute=0)},
}

DATABASES = ("positions", "settlements")


@app.task
def safe_nightly_dump() -> None:
    for name in DATABASES:
        subprocess.run(f"pg_dump --format=custom {name} | gzip > /srv/backup/{name}.dump.gz", shell=True, check=True)


@app.task
def safe_rotate_logs() -> None:
    subprocess.run("logrotate -s /var/lib/opsdesk/logrotate.state /etc/opsdesk/logrotate.conf", shell=True, check=True)


@app.task
def vuln_dump_table(table: str) -> None:
    subprocess.run(f"pg_dump -t {table} positions > /srv/backup/{table}.sql", shell=True, check=True)  # sink
