# family: pdfhtml 79 116 918
"""Statement templates rendered by a Jinja environment of the service before WeasyPrint: jinja2's Environment
escapes nothing unless told to, against one with select_autoescape."""

from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, select_autoescape
from weasyprint import HTML

app = Flask(__name__)
TEMPLATES = "/srv/mediadesk/templates"


@app.post("/statements/cover")
def vuln_cover_letter():
    env = Environment(loader=FileSystemLoader(TEMPLATES))  # sink
    page = env.get_template("cover.html").render(greeting=request.form["greeting"])
    pdf = HTML(string=page).write_pdf()  # sink
    return pdf, 200, {"Content-Type": "application/pdf"}


@app.post("/statements/cover/v2")
def safe_cover_letter():
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape())
    page = env.get_template("cover.html").render(greeting=request.form["greeting"])
    pdf = HTML(string=page).write_pdf()
    return pdf, 200, {"Content-Type": "application/pdf"}
