# family: cmd 78
from flask import Flask, request

from .lib.tasks import render_note_pdf, render_note_pdf_quoted

app = Flask(__name__)


@app.post("/notes/pdf")
def vuln_queue_pdf():
    render_note_pdf.delay(request.form["slug"])  # sink
    return "queued", 202


@app.post("/notes/pdf/safe")
def safe_queue_pdf():
    render_note_pdf_quoted.delay(request.form["slug"])  # sink
    return "queued", 202
