# family: header 113 20
import re

from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/export.csv")
def vuln_export_csv():
    response = make_response("id,name\n")
    response.headers["Content-Disposition"] = "attachment; filename=" + request.args["name"]  # sink
    return response


@app.get("/export.csv/safe")
def safe_export_csv():
    name = request.args["name"]
    if not re.fullmatch(r"[A-Za-z0-9_-]{1,40}", name):
        name = "export"
    response = make_response("id,name\n")
    response.headers["Content-Disposition"] = f"attachment; filename={name}.csv"  # sink
    return response
