# family: cmd 78
import shlex

import paramiko
from flask import Flask, request

app = Flask(__name__)


def connect():
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect("reports.internal", username="viewer")
    return client


@app.get("/logs")
def vuln_tail():
    logfile = request.args.get("file", "app.log")
    _, out, _ = connect().exec_command(f"tail -n 50 /var/log/ledger/{logfile}")  # sink
    return out.read()


@app.get("/logs/quoted")
def safe_tail():
    logfile = request.args.get("file", "app.log")
    _, out, _ = connect().exec_command("tail -n 50 " + shlex.quote(f"/var/log/ledger/{logfile}"))  # sink
    return out.read()
