# family: cmd 78
import re
import shlex
import subprocess

from flask import Flask, abort, request

app = Flask(__name__)


@app.route("/ping")
def vuln_ping():
    host = request.args.get("host", "")
    out = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True)  # sink
    return out.stdout


@app.route("/ping/safe")
def safe_ping():
    host = request.args.get("host", "")
    out = subprocess.run(["ping", "-c", "1", "--", host], capture_output=True, text=True)  # sink
    return out.stdout


@app.route("/ping/checked")
def safe_ping_checked():
    host = request.args.get("host", "")
    if not re.fullmatch(r"[A-Za-z0-9.-]{1,253}", host):
        abort(400)
    out = subprocess.run(f"ping -c 1 {host}", shell=True, capture_output=True, text=True)  # sink
    return out.stdout


@app.route("/ping/quoted")
def safe_ping_quoted():
    host = request.args.get("host", "")
    out = subprocess.run("ping -c 1 " + shlex.quote(host), shell=True, capture_output=True, text=True)  # sink
    return out.stdout
