# family: deser 502
import base64
import hashlib
import hmac
import pickle

from flask import Flask, abort, request

app = Flask(__name__)
KEY = app.config.get("DRAFT_KEY", b"")


@app.get("/drafts/restore")
def vuln_restore_draft():
    blob = base64.urlsafe_b64decode(request.cookies["draft"])
    return {"draft": pickle.loads(blob)}  # sink


@app.get("/drafts/restore/safe")
def safe_restore_draft():
    sig, _, blob = request.cookies["draft"].partition(".")
    data = base64.urlsafe_b64decode(blob)
    expected = hmac.new(KEY, data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(sig, expected):
        abort(400)
    return {"draft": pickle.loads(data)}  # sink
