# family: ssti 1336 94
from flask import Blueprint, request

from .adapters.templates import render_named, render_note

bp = Blueprint("notes", __name__)


@bp.post("/notes/preview")
def vuln_preview():
    return render_note(request.form["body"], author="desk")  # sink


@bp.post("/notes/preview/named")
def safe_preview():
    return render_named("note.html", body=request.form["body"])
