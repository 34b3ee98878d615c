# family: log 117
import logging

from flask import Blueprint, request

from .common.validators import InvalidInput, clean_client_id

bp = Blueprint("errors", __name__)
log = logging.getLogger("mandates.errors")


def describe(error):
    log.error("unexpected input: %r" % error)
    return "invalid input"


def describe_plain(error):
    log.error("unexpected input: %s" % error)  # sink
    return "invalid input"


@bp.get("/clients/check")
def safe_check():
    try:
        return {"client": clean_client_id(request.args["client"])}
    except InvalidInput:
        return {"error": describe(request.args["client"])}, 400


@bp.get("/clients/check/plain")
def vuln_check_plain():
    try:
        return {"client": clean_client_id(request.args["client"])}
    except InvalidInput:
        return {"error": describe_plain(request.args["client"])}, 400
