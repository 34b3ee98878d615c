# family: xss 79 80
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.get("/tag")
def vuln_tag():
    label = request.args.get("label", "")
    badge = Markup("<span class='badge'>%s</span>" % label)  # sink
    return render_template("tag.html", badge=badge)


@app.get("/tag/escaped")
def safe_tag():
    label = request.args.get("label", "")
    badge = Markup("<span class='badge'>%s</span>") % label  # sink
    return render_template("tag.html", badge=badge)
