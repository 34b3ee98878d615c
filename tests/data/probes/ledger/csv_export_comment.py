# family: csv 1236
import csv
import io

from flask import Flask, Response, request

app = Flask(__name__)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutral(value):
    """A cell a spreadsheet shows as text."""
    return "'" + value if value.startswith(FORMULA_START) else value


@app.post("/export")
def vuln_export():
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["trade", "comment"])
    writer.writerow([request.form["trade"], request.form["comment"]])  # sink
    return Response(buffer.getvalue(), mimetype="text/csv")


@app.post("/export/neutral")
def safe_export():
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["trade", "comment"])
    writer.writerow([neutral(request.form["trade"]), neutral(request.form["comment"])])  # sink
    return Response(buffer.getvalue(), mimetype="text/csv")
