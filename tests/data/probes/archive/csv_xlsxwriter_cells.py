# family: csv 1236
import io

import xlsxwriter
from flask import Flask, request, send_file

app = Flask(__name__)


@app.post("/coverage/export")
def vuln_export_coverage():
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf)
    sheet = book.add_worksheet("coverage")
    for row, issuer in enumerate(request.form.getlist("issuer")):
        sheet.write(row, 0, issuer)  # sink
        sheet.write_row(row, 1, [request.form.get(f"rating-{issuer}", ""), request.form.get(f"note-{issuer}", "")])  # sink
    book.close()
    buf.seek(0)
    return send_file(buf, download_name="coverage.xlsx")


@app.post("/coverage/export/v2")
def safe_export_coverage():
    buf = io.BytesIO()
    book = xlsxwriter.Workbook(buf)
    sheet = book.add_worksheet("coverage")
    for row, issuer in enumerate(request.form.getlist("issuer")):
        sheet.write_string(row, 0, issuer)
        sheet.write_string(row, 1, request.form.get(f"note-{issuer}", ""))
    book.close()
    buf.seek(0)
    return send_file(buf, download_name="coverage.xlsx")
