# family: cmd 78
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/backup")
def vuln_backup():
    folder = request.form["folder"]
    command = ["tar", "czf", "/backups/latest.tgz", folder]
    subprocess.run(" ".join(command), shell=True, check=True)  # sink
    return "started"


@app.post("/backup/list")
def safe_backup():
    folder = request.form["folder"]
    command = ["tar", "czf", "/backups/latest.tgz", "--", folder]
    subprocess.run(command, check=True)  # sink
    return "started"
