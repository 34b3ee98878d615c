# family: ssti 1336 94
from flask import Flask, Response, request
from lxml import etree

app = Flask(__name__)
PARSER = etree.XMLParser(resolve_entities=False, no_network=True)
SUMMARY = etree.XSLT(etree.parse("/srv/archive/xslt/summary.xsl", PARSER))


@app.post("/filings/render")
def vuln_render_filing():
    stylesheet = etree.fromstring(request.files["stylesheet"].read(), PARSER)
    transform = etree.XSLT(stylesheet)  # sink
    filing = etree.fromstring(request.files["filing"].read(), PARSER)
    return Response(str(transform(filing)), mimetype="text/plain")


@app.post("/filings/render/v2")
def safe_render_filing():
    filing = etree.fromstring(request.files["filing"].read(), PARSER)
    return Response(str(SUMMARY(filing)), mimetype="text/plain")
