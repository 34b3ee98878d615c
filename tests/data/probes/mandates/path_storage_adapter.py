# family: path 22 23 36 73 99
from flask import Blueprint, request

from .adapters.storage import read_document
from .common.config import DOC_ROOT
from .common.validators import document_name, strip_slashes
from .core.streams import opened
from .settings import DEFAULT_DOCUMENT

bp = Blueprint("documents", __name__)


@bp.get("/documents")
def vuln_document():
    return read_document(request.args["doc"])  # sink


@bp.get("/documents/named")
def safe_document():
    return read_document(document_name(request.args["doc"]))


@bp.get("/documents/stripped")
def vuln_document_stripped():
    return read_document(strip_slashes(request.args["doc"]))  # sink


@bp.get("/documents/stream")
def vuln_stream():
    with opened(request.args["doc"]) as handle:  # sink
        return handle.read()


@bp.get("/documents/terms")
def safe_terms():
    with opened(DEFAULT_DOCUMENT) as handle:
        return handle.read() + DOC_ROOT.encode()
