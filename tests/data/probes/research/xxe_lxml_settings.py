# family: xxe 611 776 827
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/filings/xbrl")
def vuln_xbrl_upload():
    parser = etree.XMLParser(load_dtd=True, no_network=False)  # sink
    root = etree.fromstring(request.get_data(), parser)  # sink
    return {"facts": len(root)}


@app.post("/filings/xbrl/safe")
def safe_xbrl_upload():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(request.get_data(), parser)  # sink
    return {"facts": len(root)}
