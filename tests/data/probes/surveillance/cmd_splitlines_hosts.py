# family: cmd 78
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/feeds/ping")
def vuln_ping_feeds():
    results = {}
    for host in request.form["hosts"].splitlines():
        results[host] = subprocess.run(f"ping -c 1 {host}", shell=True).returncode  # sink
    return results


@app.post("/feeds/ping2")
def safe_ping_feeds():
    results = {}
    for host in request.form["hosts"].splitlines():
        results[host] = subprocess.run(f"ping -c 1 {shlex.quote(host)}", shell=True).returncode  # sink
    return results
