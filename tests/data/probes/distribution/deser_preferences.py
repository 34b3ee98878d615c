# family: deser 502
import base64
import pickle

from flask import Blueprint, jsonify, request
from itsdangerous import BadSignature, URLSafeSerializer

bp = Blueprint("prefs", __name__)
signer = URLSafeSerializer("replaced-by-the-factory", salt="prefs", serializer=pickle)


@bp.get("/watchlist")
def vuln_watchlist_cookie():
    prefs = pickle.loads(base64.urlsafe_b64decode(request.cookies.get("watchlist", "")))  # sink
    return jsonify(sorted(prefs))


@bp.get("/watchlist/signed")
def safe_watchlist_cookie():
    try:
        prefs = signer.loads(request.cookies.get("watchlist", ""))  # sink
    except BadSignature:
        prefs = set()
    return jsonify(sorted(prefs))


@bp.get("/watchlist/unsafe")
def vuln_watchlist_unsafe():
    _valid, prefs = signer.loads_unsafe(request.cookies.get("watchlist", ""))  # sink
    return jsonify(sorted(prefs))
