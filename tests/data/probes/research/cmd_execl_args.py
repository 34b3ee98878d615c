# family: cmd 78
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/ops/reindex")
def vuln_reindex():
    pattern = request.form["pattern"]
    if os.fork() == 0:
        os.execl("/bin/sh", "sh", "-c", "reindex " + pattern)  # sink
    return "started"


@app.post("/ops/reindex/safe")
def safe_reindex():
    pattern = request.form["pattern"]
    if os.fork() == 0:
        os.execlp("reindex", "reindex", "--pattern", pattern)  # sink
    return "started"
