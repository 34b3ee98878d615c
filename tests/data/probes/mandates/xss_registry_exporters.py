# family: xss 79 80
from flask import Blueprint, request

from .common.registry import EXPORTERS
from .services.exports import HANDLERS, banner_escaped, export_html

bp = Blueprint("exports", __name__)


@bp.get("/summary/banner")
def vuln_banner():
    return HANDLERS["banner"](request.args["title"])  # sink


@bp.get("/summary/banner/escaped")
def safe_banner():
    return HANDLERS["banner-escaped"](request.args["title"])


@bp.get("/summary/html")
def vuln_export_html():
    return export_html(request.args["title"])  # sink


@bp.get("/summary/direct")
def safe_banner_direct():
    return banner_escaped(request.args["title"])


@bp.get("/summary/registered")
def vuln_registered():
    return EXPORTERS[request.args.get("kind", "html")](request.args["title"])  # sink
