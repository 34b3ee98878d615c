# family: xpath 643
import enum

from flask import Flask, abort, request
from lxml import etree

app = Flask(__name__)
POLICY = etree.parse("/srv/onboarding/policy.xml")


class Segment(enum.Enum):
    retail = "retail"
    professional = "professional"
    institutional = "institutional"


@app.get("/policy/documents")
def vuln_required_documents():
    segment = request.args.get("segment", "retail")
    if not segment:
        abort(400)
    return {"docs": POLICY.xpath(f"//segment[@name='{segment}']/document/text()")}  # sink


@app.get("/policy/documents2")
def safe_required_documents():
    segment = request.args.get("segment", "retail")
    if segment not in Segment.__members__:
        abort(400)
    return {"docs": POLICY.xpath(f"//segment[@name='{segment}']/document/text()")}  # sink
