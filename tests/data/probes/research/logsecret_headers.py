# family: logsecret 532
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("research.api")


@app.before_request
def vuln_trace_request():
    log.info("request %s %s headers=%s", request.method, request.path, dict(request.headers))  # sink


@app.post("/auth/refresh")
def vuln_refresh():
    refresh = request.json["refresh_token"]
    log.debug("refreshing session with %s", refresh)  # sink
    return {"ok": True}


@app.after_request
def safe_trace_response(response):
    log.info("request %s %s agent=%s", request.method, request.path, request.headers.get("User-Agent"))  # sink
    return response
