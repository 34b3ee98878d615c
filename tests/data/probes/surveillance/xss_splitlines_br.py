# family: xss 79 80
from flask import Flask, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.post("/cases/note/preview")
def vuln_note_preview():
    body = "<br>".join(request.form["note"].splitlines())
    return "<div class='note'>" + body + "</div>"  # sink


@app.post("/cases/note/preview2")
def safe_note_preview():
    body = Markup("<br>").join(escape(line) for line in request.form["note"].splitlines())
    return "<div class='note'>" + body + "</div>"  # sink
