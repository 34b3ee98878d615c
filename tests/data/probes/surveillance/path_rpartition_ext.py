# family: path 22 23 36 73 99
import os

from flask import Flask, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)
EXPORTS = "/srv/surveillance/exports"


@app.get("/exports/csv")
def vuln_export_csv():
    stem, _, _ext = request.args["file"].rpartition(".")
    return send_file(os.path.join(EXPORTS, stem + ".csv"))  # sink


@app.get("/exports/csv2")
def safe_export_csv():
    stem, _, _ext = request.args["file"].rpartition(".")
    return send_file(os.path.join(EXPORTS, secure_filename(stem) + ".csv"))  # sink
