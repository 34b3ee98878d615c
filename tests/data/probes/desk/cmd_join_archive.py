# family: cmd 78
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.post("/exports/archive")
def vuln_archive_folder():
    folder = request.form["folder"]
    cmd = " ".join(["tar", "-czf", "/srv/desk/out/export.tgz", "-C", "/srv/desk/share", folder])
    subprocess.run(cmd, shell=True, check=True)  # sink
    return "queued"


@app.post("/exports/archive/safe")
def safe_archive_folder():
    folder = request.form["folder"]
    argv = ["tar", "-czf", "/srv/desk/out/export.tgz", "-C", "/srv/desk/share", "--", folder]
    subprocess.run(argv, shell=False, check=True)  # sink
    return "queued"
