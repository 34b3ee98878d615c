# family: path 22 23 36 73 99
import os
import uuid

from flask import Blueprint, abort, request, send_file, send_from_directory
from flask.views import MethodView
from itsdangerous import BadSignature, SignatureExpired
from werkzeug.utils import secure_filename

from .portal.extensions import links
from .portal.files import DRAFTS, REPORTS, checked_report_path, report_path

bp = Blueprint("files", __name__, url_prefix="/files")


@bp.get("/reports/<path:name>")
def vuln_report_file(name):
    return send_file(os.path.join(REPORTS, name))  # sink


@bp.get("/reports/dir/<path:name>")
def safe_report_file(name):
    return send_from_directory(REPORTS, name)  # sink


@bp.get("/reports/by-query")
def vuln_report_helper():
    return send_file(report_path(request.args["name"]))  # sink


@bp.get("/reports/by-query/checked")
def safe_report_helper():
    return send_file(checked_report_path(request.args["name"]))  # sink


@bp.post("/drafts")
def vuln_draft_upload():
    upload = request.files["draft"]
    upload.save(os.path.join(DRAFTS, upload.filename))  # sink
    return "", 201


@bp.post("/drafts/named")
def safe_draft_upload():
    upload = request.files["draft"]
    name = f"{uuid.uuid4().hex}-{secure_filename(upload.filename)}"
    upload.save(os.path.join(DRAFTS, name))  # sink
    return "", 201


@bp.get("/links/<token>")
def safe_signed_link(token):
    try:
        data = links.loads(token, max_age=3600)
    except (SignatureExpired, BadSignature):
        abort(404)
    return send_file(os.path.join(REPORTS, data["file"]))  # sink


@bp.get("/links/unchecked/<token>")
def vuln_unchecked_link(token):
    _valid, data = links.loads_unsafe(token)
    return send_file(os.path.join(REPORTS, data["file"]))  # sink


class VulnDraftView(MethodView):
    def get(self, name):
        with open(os.path.join(DRAFTS, name), "rb") as handle:  # sink
            return handle.read()


class SafeDraftView(MethodView):
    def get(self, draft_id):
        with open(os.path.join(DRAFTS, f"{draft_id}.docx"), "rb") as handle:  # sink
            return handle.read()


bp.add_url_rule("/draft/<path:name>", view_func=VulnDraftView.as_view("draft"))
bp.add_url_rule("/draft/<int:draft_id>", view_func=SafeDraftView.as_view("draft_id"))
