# family: xss 79
from flask import Flask, render_template, request
from markupsafe import Markup

app = Flask(__name__)


@app.get("/notice")
def vuln_notice():
    author = request.args.get("author", "")
    banner = Markup(f"<strong>Notice from {author}</strong>")  # sink
    return render_template("notice.html", banner=banner)  # sink


@app.get("/notice/safe")
def safe_notice():
    author = request.args.get("author", "")
    banner = Markup("<strong>Notice from {}</strong>").format(author)
    return render_template("notice.html", banner=banner)  # sink
