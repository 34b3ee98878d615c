# family: xpath 643
from flask import Flask, request
from lxml import etree

app = Flask(__name__)
CATALOG = etree.parse("catalog.xml")


@app.route("/book")
def vuln_book():
    title = request.args.get("title", "")
    hits = CATALOG.xpath("//book[title='" + title + "']/price/text()")  # sink
    return {"prices": hits}


@app.route("/book/safe")
def safe_book():
    title = request.args.get("title", "")
    hits = CATALOG.xpath("//book[title=$t]/price/text()", t=title)  # sink
    return {"prices": hits}
