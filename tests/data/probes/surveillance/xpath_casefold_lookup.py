# family: xpath 643
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


def load_restricted():
    with open("data/restricted_list.xml", "rb") as fh:
        return etree.parse(fh)


@app.get("/restricted/check")
def vuln_restricted_check():
    issuer = request.args.get("issuer", "").strip().casefold()
    hits = load_restricted().xpath("//issuer[lower-name='%s']/@since" % issuer)  # sink
    return {"restricted": bool(hits)}


@app.get("/restricted/check2")
def safe_restricted_check():
    issuer = request.args.get("issuer", "").strip().casefold()
    hits = load_restricted().xpath("//issuer[lower-name=$name]/@since", name=issuer)  # sink
    return {"restricted": bool(hits)}
