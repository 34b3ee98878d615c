# family: xss 79 80
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
BANNER = "<div class='banner'>Welcome back, {name}. Your adviser is {adviser}.</div>"


@app.get("/banner")
def vuln_banner():
    return BANNER.format(**request.args)  # sink


@app.get("/banner/escaped")
def safe_banner():
    values = {key: escape(value) for key, value in request.args.items()}
    return BANNER.format(**values)  # sink
