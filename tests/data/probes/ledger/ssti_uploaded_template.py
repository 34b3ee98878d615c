# family: ssti 1336 94
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader, Template

app = Flask(__name__)
layouts = Environment(loader=FileSystemLoader("layouts"), autoescape=True)


@app.post("/letters/preview")
def vuln_letter():
    layout = request.files["layout"].read().decode("utf-8")
    return Template(layout).render(client=request.form["client"])  # sink


@app.post("/letters/standard")
def safe_letter():
    body = request.files["layout"].read().decode("utf-8")
    return layouts.get_template("letter.html").render(client=request.form["client"], body=body)  # sink
