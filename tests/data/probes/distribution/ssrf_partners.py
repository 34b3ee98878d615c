# family: ssrf 918
from urllib.parse import urlparse

import requests
from flask import Blueprint, abort, jsonify, request

from .portal.schemas import DistributionSchema

bp = Blueprint("partners", __name__, url_prefix="/partners")
PARTNER_API = "https://api.partner-quotes.example.com"
PARTNERS = {"quotes": "https://api.partner-quotes.example.com", "esg": "https://esg.partner.example.com"}
CALLBACK_HOSTS = {"hooks.distribution.example.com", "crm.example.com"}


@bp.get("/quotes")
def vuln_quotes_feed():
    feed = request.args.get("feed", PARTNER_API)
    return jsonify(requests.get(f"{feed}/v2/quotes", timeout=5).json())  # sink


@bp.get("/quotes/params")
def safe_quotes_params():
    isin = request.args.get("isin", "")
    return jsonify(requests.get(f"{PARTNER_API}/v2/quotes", params={"isin": isin}, timeout=5).json())  # sink


@bp.get("/feed/<partner>")
def safe_partner_feed(partner):
    base = PARTNERS.get(partner)
    if base is None:
        abort(404)
    return jsonify(requests.get(f"{base}/v2/feed", timeout=5).json())  # sink


@bp.post("/distributions")
def vuln_distribution_callback():
    dist = DistributionSchema().load(request.get_json())
    requests.post(dist.callback, json={"list": dist.list_name, "tier": dist.tier}, timeout=5)  # sink
    return "", 202


@bp.post("/distributions/checked")
def safe_distribution_callback():
    dist = DistributionSchema().load(request.get_json())
    if urlparse(dist.callback).hostname not in CALLBACK_HOSTS:
        abort(400)
    requests.post(dist.callback, json={"list": dist.list_name, "tier": dist.tier}, timeout=5)  # sink
    return "", 202


@bp.get("/logo")
def vuln_logo_header():
    return requests.get(request.headers["X-Logo-Url"], timeout=5).content  # sink
