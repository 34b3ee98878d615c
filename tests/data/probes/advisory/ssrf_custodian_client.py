# family: ssrf 918
from flask import Flask, request

from .core.clients import CustodianClient

app = Flask(__name__)
custodian = CustodianClient()


@app.get("/custodian/document")
def vuln_custodian_document():
    return custodian.document(request.args["path"])  # sink


@app.get("/custodian/document/segment")
def safe_custodian_document():
    return custodian.document_segment(request.args["path"])  # sink
