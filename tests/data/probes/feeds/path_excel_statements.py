# family: path 22 23 36 73 99
import os

import openpyxl
from flask import Flask, request

app = Flask(__name__)
STATEMENTS = "/srv/feeds/statements"


@app.post("/statements/bulk-delete")
def vuln_bulk_delete():
    sheet = openpyxl.load_workbook(request.files["sheet"]).active
    for (name,) in sheet.iter_rows(min_row=2, max_col=1, values_only=True):
        os.remove(os.path.join(STATEMENTS, name))  # sink
    return "", 204


@app.post("/statements/bulk-delete/named")
def safe_bulk_delete():
    sheet = openpyxl.load_workbook(request.files["sheet"]).active
    for (name,) in sheet.iter_rows(min_row=2, max_col=1, values_only=True):
        os.remove(os.path.join(STATEMENTS, os.path.basename(name)))
    return "", 204
