# family: log 117
import logging

from bottle import get, request

log = logging.getLogger("gateway.bottle")


@get("/bottle/quotes")
def vuln_quotes():
    log.info("quotes requested by %s", request.headers.get("X-Client-Id"))  # sink
    return {"quotes": []}


@get("/bottle/quotes/safe")
def safe_quotes():
    log.info("quotes requested by %r", request.headers.get("X-Client-Id"))  # sink
    return {"quotes": []}
