# family: xss 79
from flask import Flask, make_response, render_template, request
from markupsafe import Markup, escape

app = Flask(__name__)


@app.route("/hello")
def vuln_hello():
    name = request.args.get("name", "guest")
    return f"<h1>Hello {name}</h1>"  # sink


@app.route("/hello/safe")
def safe_hello():
    name = request.args.get("name", "guest")
    return f"<h1>Hello {escape(name)}</h1>"  # sink


@app.route("/card")
def vuln_card():
    title = request.args.get("title", "")
    resp = make_response("<div class='card'>" + title + "</div>")  # sink
    resp.headers["Content-Type"] = "text/html"
    return resp


@app.route("/card/template")
def safe_card():
    return render_template("card.html", title=request.args.get("title", ""))  # sink


@app.route("/note")
def vuln_note():
    note = request.args.get("note", "")
    return render_template("note.html", body=Markup(note))  # sink
