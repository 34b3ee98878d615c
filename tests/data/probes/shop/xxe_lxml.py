# family: xxe 611 776 827
import defusedxml.ElementTree as SafeET
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/invoices/import")
def vuln_import_invoice():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # sink
    doc = etree.fromstring(request.files["invoice"].read(), parser)  # sink
    return {"total": doc.findtext("total")}


@app.post("/invoices/import/safe")
def safe_import_invoice():
    doc = SafeET.fromstring(request.files["invoice"].read())  # sink
    return {"total": doc.findtext("total")}
