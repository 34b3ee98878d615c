# family: redirect 601
from flask import Flask, Response, request, url_for

app = Flask(__name__)


@app.get("/out")
def vuln_outbound():
    resp = Response(status=302)
    resp.headers["Location"] = request.args["to"]  # sink
    return resp


@app.get("/out/safe")
def safe_outbound():
    resp = Response(status=302)
    resp.headers["Location"] = url_for("ticket", number=request.args["to"])  # sink
    return resp
