# family: xpath 643
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
REGISTER = etree.parse("data/insider_register.xml")


@app.get("/register/lookup")
def vuln_lookup():
    code = request.args["deal"]
    rows = REGISTER.xpath(f"//deal[@code='{code}']/insider/@name")  # sink
    return {"insiders": [str(r) for r in rows]}


@app.get("/register/lookup2")
def safe_lookup():
    code = request.args["deal"]
    rows = REGISTER.xpath("//deal[@code=$code]/insider/@name", code=code)  # sink
    return {"insiders": [str(r) for r in rows]}
