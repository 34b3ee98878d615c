# family: xxe 611 776 827
import xml.sax

import defusedxml.ElementTree as SafeET
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


class Counter(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__()
        self.count = 0

    def startElement(self, name, attrs):
        self.count += 1


@app.post("/timesheets")
def vuln_timesheets():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # sink
    root = etree.fromstring(request.data, parser)  # sink
    return {"rows": len(root)}


@app.post("/timesheets/safe")
def safe_timesheets():
    root = SafeET.fromstring(request.data)  # sink
    return {"rows": len(root)}


@app.post("/timesheets/lxml-safe")
def safe_timesheets_lxml():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(request.data, parser)  # sink
    return {"rows": len(root)}


@app.post("/timesheets/sax")
def vuln_timesheets_sax():
    parser = xml.sax.make_parser()
    parser.setFeature(xml.sax.handler.feature_external_ges, True)  # sink
    handler = Counter()
    parser.setContentHandler(handler)
    parser.parse(request.files["sheet"])  # sink
    return {"rows": handler.count}
