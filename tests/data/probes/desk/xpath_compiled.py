# family: xpath 643
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
CATALOGUE = etree.parse("/srv/desk/catalogue.xml")
BY_SKU = etree.XPath("//item[@sku=$sku]/price/text()")


@app.get("/catalogue/price")
def vuln_price():
    find = etree.XPath(f"//item[@sku='{request.args['sku']}']/price/text()")  # sink
    return {"price": find(CATALOGUE)}


@app.get("/catalogue/price/safe")
def safe_price():
    return {"price": BY_SKU(CATALOGUE, sku=request.args["sku"])}  # sink


@app.get("/catalogue/item")
def vuln_item():
    sku = request.args["sku"]
    return {"found": CATALOGUE.getroot().find(f".//item[@sku='{sku}']") is not None}  # sink


@app.get("/catalogue/item/safe")
def safe_item():
    sku = request.args["sku"]
    found = any(item.get("sku") == sku for item in CATALOGUE.getroot().iter("item"))
    return {"found": found}
