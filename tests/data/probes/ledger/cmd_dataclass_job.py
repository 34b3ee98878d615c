# family: cmd 78
import shlex
import subprocess
from dataclasses import dataclass

from flask import Flask, request

app = Flask(__name__)


@dataclass
class SyncJob:
    source: str
    target: str = "/srv/mirror"


@app.post("/sync")
def vuln_sync():
    job = SyncJob(source=request.form["source"])
    subprocess.run(f"rsync -a {job.source} {job.target}", shell=True, check=True)  # sink
    return "queued"


@app.post("/sync/quoted")
def safe_sync():
    job = SyncJob(source=shlex.quote(request.form["source"]))
    subprocess.run(f"rsync -a {job.source} {job.target}", shell=True, check=True)  # sink
    return "queued"
