# family: cmd 78
import json
import shlex
import subprocess

import boto3
from celery import Celery

app = Celery("corpactions", broker="redis://redis.internal:6379/0")
app.conf.beat_schedule = {
    "nightly-reconcile": {"task": "corpactions.reconcile", "schedule": 86400.0, "args": ("custody",)},
}


@app.task(name="corpactions.reconcile")
def safe_nightly_reconcile(ledger: str) -> None:
    subprocess.run(f"reconcile --ledger {ledger}", shell=True, check=True)


@app.task(name="corpactions.reconcile_vuln")
def vuln_reconcile_account(account: str) -> None:
    subprocess.run(f"reconcile --account {account}", shell=True, check=True)  # sink


@app.task(name="corpactions.reconcile_safe")
def safe_reconcile_account(account: str) -> None:
    subprocess.run(f"reconcile --account {shlex.quote(account)}", shell=True, check=True)


def on_sqs_message(queue_url: str) -> None:
    sqs = boto3.client("sqs")
    for message in sqs.receive_message(QueueUrl=queue_url).get("Messages", []):
        body = json.loads(message["Body"])
        vuln_reconcile_account.delay(body["account"])
        safe_reconcile_account.delay(body["account"])
