# family: xxe 611 776 827
from defusedxml.ElementTree import iterparse as safe_iterparse
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/statements/import")
def vuln_import():
    upload = request.files["statement"]
    count = 0
    for _, element in etree.iterparse(upload, load_dtd=True, resolve_entities=True, no_network=False):  # sink
        count += element.tag == "line"
    return {"lines": count}


@app.post("/statements/import2")
def safe_import():
    upload = request.files["statement"]
    count = 0
    for _, element in safe_iterparse(upload):  # sink
        count += element.tag == "line"
    return {"lines": count}
