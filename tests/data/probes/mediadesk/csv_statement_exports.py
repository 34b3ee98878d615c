# family: csv 1236
"""Statement exports opened in spreadsheet programs: a client's references and notes as cells of an openpyxl
sheet and a CSV file, against cells whose formula characters are neutralised."""

import csv
import io

from flask import Flask, request
from openpyxl import Workbook

app = Flask(__name__)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def as_text(value: str) -> str:
    return "'" + value if value.startswith(FORMULA_START) else value


@app.post("/exports/sheet")
def vuln_export_sheet():
    book = Workbook()
    ws = book.active
    ws.append(["reference", "note"])
    ws.append([request.form["reference"], request.form["note"]])  # sink
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


@app.post("/exports/sheet/v2")
def safe_export_sheet():
    book = Workbook()
    ws = book.active
    ws.append(["reference", "note"])
    ws.append([as_text(request.form["reference"]), as_text(request.form["note"])])
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


@app.post("/exports/csv")
def vuln_export_csv():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["reference", "note"])
    writer.writerow([request.form["reference"], request.form["note"]])  # sink
    return out.getvalue(), 200, {"Content-Type": "text/csv"}


@app.post("/exports/csv/v2")
def safe_export_csv():
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["reference", "note"])
    writer.writerow([as_text(request.form["reference"]), as_text(request.form["note"])])
    return out.getvalue(), 200, {"Content-Type": "text/csv"}
