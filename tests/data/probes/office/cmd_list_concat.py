# family: cmd 78
import subprocess

from flask import Flask, request

app = Flask(__name__)
BASE_COMMAND = ["rsync", "-a"]


@app.post("/sync")
def vuln_sync():
    command = [request.form["tool"]] + ["-a", "/srv/office/share/", "/mnt/mirror/"]
    subprocess.run(command, check=True)  # sink
    return "synced"


@app.post("/sync/safe")
def safe_sync():
    command = ["rsync", "-a", "--"] + [request.form["folder"], "/mnt/mirror/"]
    subprocess.run(command, check=True)  # sink
    return "synced"
