# family: csvinj 1236
"""Spreadsheet exports of the desk: the break list and the comments operators typed."""

import csv
import io

import openpyxl
from flask import Flask, Response, request
from flask_login import login_required

app = Flask(__name__)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> object:
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


@app.post("/breaks/export.csv")
@login_required
def safe_breaks_csv() -> Response:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["trade", "comment"])
    for trade, comment in zip(request.form.getlist("trade"), request.form.getlist("comment")):
        writer.writerow([_cell(trade), _cell(comment)])
    return Response(buffer.getvalue(), mimetype="text/csv")


@app.post("/breaks/export.xlsx")
@login_required
def safe_breaks_xlsx() -> Response:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["trade", "amount"])
    sheet.append([int(request.form["trade"]), float(request.form["amount"])])
    out = io.BytesIO()
    book.save(out)
    return Response(out.getvalue(), mimetype="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")


@app.post("/breaks/raw.csv")
@login_required
def vuln_breaks_csv() -> Response:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["trade", "comment"])
    writer.writerow([request.form["trade"], request.form["comment"]])  # sink
    return Response(buffer.getvalue(), mimetype="text/csv")
