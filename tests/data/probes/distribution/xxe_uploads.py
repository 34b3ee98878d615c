# family: xxe 611 776 827
from defusedxml import ElementTree as SafeET
from flask import Blueprint, jsonify, request
from lxml import etree

bp = Blueprint("imports", __name__, url_prefix="/imports")


@bp.post("/holdings")
def vuln_holdings_import():
    parser = etree.XMLParser(resolve_entities=True, no_network=False)  # sink
    root = etree.fromstring(request.files["holdings"].read(), parser)
    return jsonify([h.get("isin") for h in root.iter("holding")])


@bp.post("/holdings/defused")
def safe_holdings_import():
    root = SafeET.fromstring(request.files["holdings"].read())  # sink
    return jsonify([h.get("isin") for h in root.iter("holding")])


@bp.post("/holdings/settings")
def safe_holdings_parser():
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)  # sink
    root = etree.fromstring(request.get_data(), parser)
    return jsonify([h.get("isin") for h in root.iter("holding")])


@bp.post("/holdings/dtd")
def vuln_holdings_dtd():
    parser = etree.XMLParser(load_dtd=True, resolve_entities=True)  # sink
    tree = etree.parse(request.files["holdings"].stream, parser)
    return jsonify([h.get("isin") for h in tree.getroot().iter("holding")])
