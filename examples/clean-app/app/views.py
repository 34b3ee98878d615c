import hashlib
import json
import secrets
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

import defusedxml.ElementTree as ET
import jinja2
import requests
import yaml
from flask import Flask, abort, request
from flask_login import login_required

from app.settings import DEBUG, logger

app = Flask(__name__)
templates = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=True)
UPLOADS = Path("/srv/uploads")
PARTNER_TIMEOUT = 10


def public(view):
    """Marks a route anyone may call (SG-1.1): reviewers and guidelint see it is public on purpose."""
    return view


@app.route("/import", methods=["POST"])
@login_required
def import_settings():
    settings = yaml.safe_load(request.data)
    state = json.loads(request.files["state"].read())
    return {"settings": settings, "state": state}


@app.route("/convert")
@login_required
def convert():
    name = Path(request.args["name"]).name
    subprocess.run(["libreoffice", "--convert-to", "pdf", f"/srv/uploads/{name}"], check=True)
    subprocess.run(["gzip", "--", name], check=True)
    logger.info("converted %s", repr(name))
    return "ok"


@app.route("/calc")
@login_required
def calc():
    operations = {"sum": sum, "max": max, "min": min}
    values = [int(v) for v in request.args.getlist("v")]
    operation = operations.get(request.args["op"])
    if operation is None:
        abort(400)
    return str(operation(values))


@app.route("/documents")
@login_required
def documents():
    client = request.args["client"]
    db = sqlite3.connect("documents.db")
    rows = db.execute("SELECT title FROM documents WHERE client = ?", (client,)).fetchall()
    return {"documents": [r[0] for r in rows]}


@app.route("/login", methods=["POST"])
@public
def login():
    user = request.form["user"]
    logger.info("login attempt for %s", repr(user))
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(request.form["password"].encode(), salt=salt, n=2**14, r=8, p=1).hex()
    token = secrets.token_hex(16)
    return {"digest": digest, "token": token}


@app.route("/fetch")
@login_required
def fetch():
    response = requests.get("https://partner-gateway.acme.internal/feed", timeout=PARTNER_TIMEOUT)
    return response.text


@app.route("/upload", methods=["POST"])
@login_required
def upload():
    with tempfile.NamedTemporaryFile(suffix=".tar") as handle:
        request.files["archive"].save(handle.name)
        with tarfile.open(handle.name) as archive:
            archive.extractall(UPLOADS, filter="data")
    tree = ET.fromstring(request.files["manifest"].read())
    return {"root": tree.tag}


if __name__ == "__main__":
    app.run(host="127.0.0.1", debug=DEBUG)
