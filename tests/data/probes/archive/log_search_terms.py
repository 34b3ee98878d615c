# family: log 117
import logging

import structlog

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("archive.audit")
events = structlog.get_logger("archive.events")


@app.get("/search")
def vuln_search():
    term = request.args.get("q", "")
    audit.info("search by %s: %s", request.remote_user, term)  # sink
    return {"results": []}


@app.get("/search/v2")
def safe_search():
    term = request.args.get("q", "")
    audit.info("search by %r: %r", request.remote_user, term)
    return {"results": []}


@app.get("/open")
def vuln_open():
    ref = request.args["ref"]
    audit.warning(f"document {ref} opened")  # sink
    return {"ref": ref}


@app.get("/open/v2")
def safe_open():
    ref = request.args["ref"]
    audit.warning("document %s opened", ref.replace("\r", "").replace("\n", ""))
    return {"ref": ref}


@app.get("/search/v3")
def safe_structured_search():
    term = request.args.get("q", "")
    events.info("search", user=request.remote_user, term=term)
    return {"results": []}
