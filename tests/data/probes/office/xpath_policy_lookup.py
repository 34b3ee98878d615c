# family: xpath 643
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
POLICIES = etree.parse("/srv/office/policies.xml")


@app.get("/policies")
def vuln_policy():
    section = request.args["section"]
    return {"n": len(POLICIES.xpath("//policy[@section='" + section + "']"))}  # sink


@app.get("/policies/safe")
def safe_policy():
    section = request.args["section"]
    return {"n": len(POLICIES.xpath("//policy[@section=$s]", s=section))}  # sink
