# family: ssti 1336 94
from flask import Flask, render_template, render_template_string, request

app = Flask(__name__)


@app.get("/cover")
def vuln_cover_page():
    heading = request.args.get("heading", "Research archive")
    page = "<h1>" + heading + "</h1><p>{{ count }} documents</p>"
    return render_template_string(page, count=12)  # sink


@app.get("/cover/v2")
def safe_cover_page():
    heading = request.args.get("heading", "Research archive")
    return render_template_string("<h1>{{ heading }}</h1><p>{{ count }} documents</p>", heading=heading, count=12)


@app.get("/cover/v3")
def safe_cover_file():
    return render_template("cover.html", heading=request.args.get("heading", "Research archive"))
