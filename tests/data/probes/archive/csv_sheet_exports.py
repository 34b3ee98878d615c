# family: csv 1236
import io

import pandas as pd
from flask import Flask, request, send_file
from openpyxl import Workbook

app = Flask(__name__)
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def as_text(value: str) -> str:
    return "'" + value if value.startswith(FORMULA) else value


@app.post("/watchlist/export")
def vuln_export_watchlist():
    rows = [{"issuer": i, "comment": request.form.get(f"comment-{i}", "")} for i in request.form.getlist("issuer")]
    out = io.StringIO()
    pd.DataFrame(rows).to_csv(out, index=False)  # sink
    return out.getvalue(), 200, {"Content-Type": "text/csv"}


@app.post("/watchlist/export/v2")
def safe_export_watchlist():
    rows = [
        {"issuer": as_text(i), "comment": as_text(request.form.get(f"comment-{i}", ""))}
        for i in request.form.getlist("issuer")
    ]
    out = io.StringIO()
    pd.DataFrame(rows).to_csv(out, index=False)
    return out.getvalue(), 200, {"Content-Type": "text/csv"}


@app.post("/reading-list/export")
def vuln_export_reading_list():
    book = Workbook()
    sheet = book.active
    sheet.append(["title", "note"])
    for title in request.form.getlist("title"):
        sheet.append([title, request.form.get("note", "")])  # sink
    buf = io.BytesIO()
    book.save(buf)
    buf.seek(0)
    return send_file(buf, download_name="reading-list.xlsx")


@app.post("/reading-list/export/v2")
def safe_export_reading_list():
    book = Workbook()
    sheet = book.active
    sheet.append(["title", "note"])
    for title in request.form.getlist("title"):
        sheet.append([as_text(title), as_text(request.form.get("note", ""))])
    buf = io.BytesIO()
    book.save(buf)
    buf.seek(0)
    return send_file(buf, download_name="reading-list.xlsx")
