# family: ssti 1336 94
from flask import Blueprint, render_template_string, request

bp = Blueprint("letters", __name__)


@bp.post("/letters/preview")
def vuln_letter_preview():
    name = request.form.get("name", "")
    return render_template_string("<p>Dear " + name + ",</p>{{ body }}", body="...")  # sink


@bp.post("/letters/preview/bound")
def safe_letter_preview():
    name = request.form.get("name", "")
    return render_template_string("<p>Dear {{ name }},</p>{{ body }}", name=name, body="...")  # sink


@bp.post("/letters/custom")
def vuln_letter_template():
    return render_template_string(request.get_json()["template"])  # sink
