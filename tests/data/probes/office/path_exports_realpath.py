# family: path 22 23 36 73 99
from flask import Flask, request, send_file

from .lib.paths import export_path, inside_exports

app = Flask(__name__)


@app.get("/exports/download")
def vuln_download_export():
    return send_file(export_path(request.args["name"]))  # sink


@app.get("/exports/download/safe")
def safe_download_export():
    return send_file(inside_exports(request.args["name"]))  # sink
