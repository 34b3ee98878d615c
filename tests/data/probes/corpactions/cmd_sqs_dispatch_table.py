# family: cmd 78
import json
import shlex
import subprocess

import boto3

QUEUE_URL = "https://sqs.eu-west-1.amazonaws.com/123456789012/registrar-jobs"


def vuln_refresh_register(job: dict) -> None:
    subprocess.run(f"register-sync --issuer {job['issuer']}", shell=True, check=True)  # sink


def safe_refresh_register(job: dict) -> None:
    subprocess.run(f"register-sync --issuer {shlex.quote(job['issuer'])}", shell=True, check=True)


def _noop(job: dict) -> None:
    return None


VULN_JOBS = {"refresh": vuln_refresh_register, "ping": _noop}
SAFE_JOBS = {"refresh": safe_refresh_register, "ping": _noop}


def poll_vuln() -> None:
    sqs = boto3.client("sqs")
    for message in sqs.receive_message(QueueUrl=QUEUE_URL).get("Messages", []):
        job = json.loads(message["Body"])
        VULN_JOBS[job["kind"]](job)


def poll_safe() -> None:
    sqs = boto3.client("sqs")
    for message in sqs.receive_message(QueueUrl=QUEUE_URL).get("Messages", []):
        job = json.loads(message["Body"])
        SAFE_JOBS[job["kind"]](job)
