# family: log 117
import functools
import logging

from flask import Flask, request

app = Flask(__name__)
audit = logging.getLogger("advisory.audit")


def vuln_audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        audit.info("export of client %s", request.args.get("client"))  # sink
        return view(*args, **kwargs)

    return wrapper


def safe_audited(view):
    @functools.wraps(view)
    def wrapper(*args, **kwargs):
        client = request.args.get("client", "").replace("\r", "").replace("\n", "")
        audit.info("export of client %s", client)  # sink
        return view(*args, **kwargs)

    return wrapper


@app.get("/exports/holdings")
@vuln_audited
def export_holdings():
    return {"ok": True}


@app.get("/exports/holdings/clean")
@safe_audited
def export_holdings_clean():
    return {"ok": True}
