# family: xxe 611 776 827
import xml.sax
from xml.sax.handler import ContentHandler, feature_external_ges

import defusedxml.sax
from flask import Flask, request

app = Flask(__name__)


class BidCounter(ContentHandler):
    def __init__(self):
        super().__init__()
        self.bids = 0

    def startElement(self, name, attrs):
        self.bids += name == "bid"


@app.post("/rooms/<room>/bids/import")
def vuln_import_bids(room):
    handler = BidCounter()
    parser = xml.sax.make_parser()
    parser.setFeature(feature_external_ges, True)  # sink
    parser.setContentHandler(handler)
    parser.parse(request.files["bids"])  # sink
    return {"room": room, "bids": handler.bids}


@app.post("/rooms/<room>/bids/import2")
def safe_import_bids(room):
    handler = BidCounter()
    defusedxml.sax.parse(request.files["bids"], handler)  # sink
    return {"room": room, "bids": handler.bids}
