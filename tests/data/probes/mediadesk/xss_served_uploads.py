# family: xss 79
"""A client's upload sent back: with the content type the client declared, against a fixed download type; a statement
preview page."""

from flask import Flask, Response, request
from markupsafe import escape

app = Flask(__name__)


@app.post("/uploads/echo")
def vuln_echo_upload():
    upload = request.files["document"]
    return Response(upload.read(), mimetype=upload.mimetype)  # sink


@app.post("/uploads/echo/v2")
def safe_echo_upload():
    upload = request.files["document"]
    return Response(upload.read(), mimetype="application/octet-stream", headers={"Content-Disposition": "attachment"})


@app.get("/statements/preview")
def vuln_statement_preview():
    client = request.args.get("client", "")
    return f"<html><body><h1>Statement for {client}</h1></body></html>"  # sink


@app.get("/statements/preview/v2")
def safe_statement_preview():
    client = escape(request.args.get("client", ""))
    return f"<html><body><h1>Statement for {client}</h1></body></html>"
