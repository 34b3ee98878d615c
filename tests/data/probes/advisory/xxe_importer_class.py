# family: xxe 611 776 827
from flask import Flask, request
from lxml import etree

app = Flask(__name__)


class StatementImporter:
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)

    def positions(self, data):
        root = etree.fromstring(data, parser=self.parser)  # sink
        return [p.get("isin") for p in root.iter("position")]


class HardenedStatementImporter:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)

    def positions(self, data):
        root = etree.fromstring(data, parser=self.parser)  # sink
        return [p.get("isin") for p in root.iter("position")]


@app.post("/statements/import")
def vuln_import_statement():
    return {"isins": StatementImporter().positions(request.files["statement"].read())}


@app.post("/statements/import/safe")
def safe_import_statement():
    return {"isins": HardenedStatementImporter().positions(request.files["statement"].read())}
