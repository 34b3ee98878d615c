# family: header 113 20
from flask import Flask, abort, make_response, request

app = Flask(__name__)


@app.get("/documents/receipt")
def vuln_receipt():
    reference = request.args.get("ref", "").strip()
    if not reference:
        abort(400)
    response = make_response("received")
    response.headers["X-Upload-Reference"] = reference  # sink
    return response


@app.get("/documents/receipt2")
def safe_receipt():
    reference = request.args.get("ref", "").strip()
    if not reference.isprintable():
        abort(400)
    response = make_response("received")
    response.headers["X-Upload-Reference"] = reference  # sink
    return response
