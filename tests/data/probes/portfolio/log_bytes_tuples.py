# family: log 117
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("portfolio.audit")


@app.post("/upload/raw")
def vuln_upload_text():
    log.info("statement upload %s", request.get_data().decode("utf-8", "replace")[:200])  # sink
    return "ok"


@app.post("/upload/raw/safe")
def safe_upload_bytes():
    log.info("statement upload %s", request.get_data()[:200])  # sink
    return "ok"


@app.get("/ids")
def vuln_ids_joined():
    log.info("ids requested: %s", " ".join(request.args.getlist("id")))  # sink
    return "ok"


@app.get("/ids/safe")
def safe_ids_tuple():
    log.info("ids requested: %s", tuple(request.args.getlist("id")))  # sink
    return "ok"


@app.get("/ids/list")
def safe_ids_list():
    log.info("ids requested: %s" % (request.args.getlist("id"),))  # sink
    return "ok"


@app.get("/ids/first")
def vuln_ids_first():
    first, *_ = request.args.getlist("id") or [""]
    log.info("first id requested: %s" % (first,))  # sink
    return "ok"
