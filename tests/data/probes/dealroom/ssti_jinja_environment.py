# family: ssti 1336 94
from flask import Flask, request
from jinja2 import Environment, PackageLoader, select_autoescape

app = Flask(__name__)
TEMPLATES = Environment(loader=PackageLoader("dealroom"), autoescape=select_autoescape())


@app.post("/announcements/preview")
def vuln_preview():
    body = request.form["body"]
    return Environment(autoescape=True).from_string(body).render(room="Project Red")  # sink


@app.post("/announcements/preview2")
def safe_preview():
    body = request.form["body"]
    return TEMPLATES.get_template("announcement.html").render(body=body, room="Project Red")  # sink
