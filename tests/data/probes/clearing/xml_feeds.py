# family: xxe 611 776 827
import xml.etree.ElementTree as ET

import defusedxml.ElementTree as SafeET
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/feeds/trades")
def safe_trades():
    root = SafeET.fromstring(request.data)
    return {"trades": len(root.findall("trade"))}


@app.post("/feeds/prices")
def safe_prices():
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(request.data, parser=parser)
    return {"prices": len(root)}


def safe_local_calendar(path: str):
    return ET.parse(path).getroot()


@app.post("/feeds/margins")
def vuln_margins():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # sink
    root = etree.fromstring(request.data, parser=parser)
    return {"margins": len(root)}
