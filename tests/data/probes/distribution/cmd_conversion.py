# family: cmd 78
import os
import subprocess
import uuid

from flask import Blueprint, request
from werkzeug.utils import secure_filename

from .portal.convert import to_pdf_quoted, to_pdf_shell
from .portal.files import DRAFTS

bp = Blueprint("convert", __name__, url_prefix="/convert")


@bp.post("/draft")
def vuln_convert_upload():
    upload = request.files["draft"]
    path = os.path.join(DRAFTS, secure_filename(upload.filename))
    upload.save(path)
    to_pdf_shell(os.path.join(DRAFTS, upload.filename))  # sink
    return "", 202


@bp.post("/draft/quoted")
def safe_convert_quoted():
    upload = request.files["draft"]
    path = os.path.join(DRAFTS, secure_filename(upload.filename))
    upload.save(path)
    to_pdf_quoted(os.path.join(DRAFTS, upload.filename))  # sink
    return "", 202


@bp.post("/draft/secure")
def safe_convert_secure():
    upload = request.files["draft"]
    path = os.path.join(DRAFTS, f"{uuid.uuid4().hex}-{secure_filename(upload.filename)}")
    upload.save(path)
    to_pdf_shell(path)  # sink
    return "", 202


@bp.post("/watermark")
def vuln_watermark():
    text = request.form.get("watermark", "CONFIDENTIAL")
    subprocess.run(f"pdftk /srv/portal/pdf/in.pdf stamp /srv/portal/stamps/{text}.pdf output out.pdf", shell=True)  # sink
    return "", 202


@bp.post("/watermark/listed")
def safe_watermark():
    text = request.form.get("watermark", "CONFIDENTIAL")
    if text not in ("CONFIDENTIAL", "DRAFT", "PUBLIC"):
        return "unknown watermark", 400
    subprocess.run(f"pdftk /srv/portal/pdf/in.pdf stamp /srv/portal/stamps/{text}.pdf output out.pdf", shell=True)  # sink
    return "", 202
