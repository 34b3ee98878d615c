# family: xss 79 80
from flask import Blueprint, g, make_response, request
from markupsafe import Markup, escape

from .portal.schemas import NoteSchema

bp = Blueprint("pages", __name__)


@bp.get("/hello")
def vuln_greeting():
    return make_response(f"<p>Welcome, {request.args.get('name', 'guest')}</p>")  # sink


@bp.get("/hello/escaped")
def safe_greeting():
    return make_response(f"<p>Welcome, {escape(request.args.get('name', 'guest'))}</p>")  # sink


@bp.get("/banner")
def vuln_banner():
    title = request.args.get("title", "")
    return str(Markup(f"<h2>{title}</h2>"))  # sink


@bp.get("/banner/format")
def safe_banner():
    title = request.args.get("title", "")
    return str(Markup("<h2>{}</h2>").format(title))  # sink


@bp.post("/notes/preview")
def vuln_note_preview():
    note = NoteSchema().load(request.get_json())
    return f"<article><h3>{note['ticker']}</h3>{note['summary']}</article>"  # sink


@bp.post("/notes/preview/ticker")
def safe_note_preview():
    note = NoteSchema().load(request.get_json())
    return f"<article><h3>{note['ticker']}</h3><p>{note['pages']} pages</p></article>"  # sink


@bp.get("/desk")
def vuln_desk_banner():
    return f"<span class='desk'>{g.desk}</span>"  # sink


@bp.get("/desk/id")
def safe_desk_banner():
    return f"<span class='desk'>desk #{g.desk_id}</span>"  # sink
