# family: import 470 94
import importlib

from flask import Flask, request

app = Flask(__name__)
FORMATS = {"csv": "ledger.exporters.csv_export", "xlsx": "ledger.exporters.xlsx_export"}


@app.get("/export")
def vuln_export():
    module = importlib.import_module("ledger.exporters." + request.args["format"])  # sink
    return module.render()


@app.get("/export2")
def safe_export():
    name = FORMATS.get(request.args["format"], FORMATS["csv"])
    module = importlib.import_module(name)  # sink
    return module.render()
