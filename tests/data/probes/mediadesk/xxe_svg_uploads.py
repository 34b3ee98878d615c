# family: xxe 611 776 827
"""SVG uploads parsed to read their dimensions before they are stored: a parser resolving entities against
defusedxml."""

import defusedxml.ElementTree as SafeET
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


@app.post("/svg/size")
def vuln_svg_size():
    parser = etree.XMLParser(resolve_entities=True)
    root = etree.fromstring(request.files["svg"].read(), parser)  # sink
    return {"width": root.get("width"), "height": root.get("height")}


@app.post("/svg/size/v2")
def safe_svg_size():
    root = SafeET.fromstring(request.files["svg"].read())
    return {"width": root.get("width"), "height": root.get("height")}
