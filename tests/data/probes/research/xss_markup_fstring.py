# family: xss 79
from flask import Flask, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.get("/badge")
def vuln_analyst_badge():
    name = request.args.get("name", "")
    return Markup(f"<span class='badge'>{name}</span>")  # sink


@app.get("/badge/safe")
def safe_analyst_badge():
    name = request.args.get("name", "")
    return Markup("<span class='badge'>{}</span>").format(name)  # sink


@app.get("/badge/escaped")
def safe_escaped_badge():
    name = request.args.get("name", "")
    return Markup("<span class='badge'>%s</span>" % escape(name))  # sink
