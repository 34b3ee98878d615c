# family: ssti 1336 94
from flask import Flask, render_template_string, request

app = Flask(__name__)


@app.get("/notice")
def vuln_notice():
    title = request.args.get("title", "Notice")
    return render_template_string("<h1>" + title + "</h1><p>{{ body }}</p>", body="Office closed")  # sink


@app.get("/notice/safe")
def safe_notice():
    title = request.args.get("title", "Notice")
    return render_template_string("<h1>{{ title }}</h1><p>{{ body }}</p>", title=title, body="Office closed")  # sink
