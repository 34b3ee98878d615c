# family: xxe 611 776 827
from xml.dom import minidom

import defusedxml.ElementTree
import defusedxml.minidom
from flask import Flask, request
from lxml import etree, objectify

app = Flask(__name__)


@app.post("/filings/import")
def vuln_import_filing():
    filing = objectify.fromstring(request.get_data())  # sink
    return {"issuer": str(filing.issuer)}


@app.post("/filings/import/safe")
def safe_import_filing():
    filing = defusedxml.ElementTree.fromstring(request.get_data())  # sink
    return {"issuer": filing.findtext("issuer")}


@app.post("/filings/stream")
def vuln_stream_filing():
    count = 0
    for _event, element in etree.iterparse(request.files["filing"], events=("end",)):  # sink
        count += element.tag == "holding"
    return {"holdings": count}


@app.post("/filings/stream/safe")
def safe_stream_filing():
    count = 0
    for _event, element in defusedxml.ElementTree.iterparse(request.files["filing"], events=("end",)):  # sink
        count += element.tag == "holding"
    return {"holdings": count}


@app.post("/filings/dom")
def vuln_dom_filing():
    document = minidom.parse(request.files["filing"])  # sink
    return {"issuer": document.getElementsByTagName("issuer")[0].firstChild.data}


@app.post("/filings/dom/safe")
def safe_dom_filing():
    document = defusedxml.minidom.parse(request.files["filing"])  # sink
    return {"issuer": document.getElementsByTagName("issuer")[0].firstChild.data}
