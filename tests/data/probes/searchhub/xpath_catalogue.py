# family: xpath 643
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
CATALOGUE = etree.parse("/srv/catalogue/datasets.xml")
FIND_BY_LICENCE = etree.XPath("//dataset[licence=$licence]/@id")


@app.get("/catalogue/by-licence")
def vuln_compiled_xpath():
    licence = request.args["licence"]
    find = etree.XPath(f"//dataset[licence='{licence}']/@id")  # sink
    return {"ids": [str(i) for i in find(CATALOGUE)]}


@app.get("/catalogue/by-licence/v2")
def safe_compiled_xpath():
    return {"ids": [str(i) for i in FIND_BY_LICENCE(CATALOGUE, licence=request.args["licence"])]}  # sink


@app.get("/catalogue/by-owner")
def vuln_evaluator():
    owner = request.args["owner"]
    evaluate = etree.XPathEvaluator(CATALOGUE)
    return {"ids": [str(i) for i in evaluate("//dataset[owner='%s']/@id" % owner)]}  # sink


@app.get("/catalogue/by-owner/v2")
def safe_evaluator():
    evaluate = etree.XPathEvaluator(CATALOGUE)
    return {"ids": [str(i) for i in evaluate("//dataset[owner=$owner]/@id", owner=request.args["owner"])]}  # sink


@app.get("/catalogue/by-tag")
def vuln_element_find():
    tag = request.args["tag"]
    root = CATALOGUE.getroot()
    return {"ids": [d.get("id") for d in root.findall(".//dataset[@tag='" + tag + "']")]}  # sink


@app.get("/catalogue/by-tag/v2")
def safe_element_find():
    tag = request.args["tag"]
    root = CATALOGUE.getroot()
    return {"ids": [d.get("id") for d in root.iterfind(".//dataset") if d.get("tag") == tag]}  # sink
