# family: header 113 20
from flask import Flask, make_response, request

app = Flask(__name__)


@app.get("/exports/status")
def vuln_export_status():
    resp = make_response({"status": "queued"})
    resp.headers.set("X-Export-Ref", request.cookies.get("export_ref", ""))  # sink
    return resp


@app.get("/exports/status2")
def safe_export_status():
    ref = request.cookies.get("export_ref", "")
    resp = make_response({"status": "queued"})
    resp.headers.set("X-Export-Ref", ref.replace("\r", "").replace("\n", ""))  # sink
    return resp
