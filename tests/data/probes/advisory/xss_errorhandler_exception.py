# family: xss 79 80
from flask import Flask, request
from markupsafe import escape

from .core.errors import ClientNotFound, DocumentNotFound

app = Flask(__name__)
CLIENTS = {"C-1001": "Meyer Family Office"}
DOCUMENTS = {"mandate.pdf": b"%PDF-1.7"}


@app.errorhandler(ClientNotFound)
def client_missing(error):
    return f"<h1>Not found</h1><p>{error}</p>", 404  # sink


@app.errorhandler(DocumentNotFound)
def document_missing(error):
    return f"<h1>Not found</h1><p>{escape(str(error))}</p>", 404  # sink


@app.get("/clients/profile")
def vuln_client_profile():
    code = request.args.get("code", "")
    if code not in CLIENTS:
        raise ClientNotFound(code)
    return {"name": CLIENTS[code]}


@app.get("/documents/meta")
def safe_document_meta():
    name = request.args.get("name", "")
    if name not in DOCUMENTS:
        raise DocumentNotFound(name)
    return {"size": len(DOCUMENTS[name])}
