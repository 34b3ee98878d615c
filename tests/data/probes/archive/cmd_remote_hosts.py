# family: cmd 78
import shlex

import paramiko
from fabric import Connection
from flask import Flask, request

app = Flask(__name__)


def _ssh():
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect("scanner.internal", username="archive")
    return client


@app.post("/scanner/jobs")
def vuln_scanner_job():
    batch = request.form["batch"]
    client = _ssh()
    _, stdout, _ = client.exec_command(f"scan-batch --out /data/{batch}")  # sink
    return {"log": stdout.read().decode()}


@app.post("/scanner/jobs/v2")
def safe_scanner_job():
    batch = request.form["batch"]
    client = _ssh()
    _, stdout, _ = client.exec_command("scan-batch --out " + shlex.quote(f"/data/{batch}"))
    return {"log": stdout.read().decode()}


@app.post("/mirror/sync")
def vuln_mirror_sync():
    folder = request.form["folder"]
    with Connection("mirror.internal", user="archive") as conn:
        result = conn.run(f"rsync -a /archive/{folder} /mirror/", hide=True)  # sink
    return {"log": result.stdout}


@app.post("/mirror/sync/v2")
def safe_mirror_sync():
    folder = request.form["folder"]
    with Connection("mirror.internal", user="archive") as conn:
        result = conn.run(f"rsync -a {shlex.quote('/archive/' + folder)} /mirror/", hide=True)
    return {"log": result.stdout}
