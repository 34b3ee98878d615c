# family: cmd 78
from flask import Flask, request

from .core.tasks import archive_folder, archive_folder_args

app = Flask(__name__)


@app.post("/vault/archive")
def vuln_archive():
    archive_folder.apply_async(args=[request.form["folder"]], countdown=5)  # sink
    return "", 202


@app.post("/vault/archive/args")
def safe_archive():
    archive_folder_args.apply_async(args=[request.form["folder"]], countdown=5)  # sink
    return "", 202
