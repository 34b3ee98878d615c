# family: code 94 95
"""Pillow's ImageMath: the expression is Python evaluated with eval (unsafe_eval, and eval before Pillow 11); a
client's expression against one picked from the team's own filters."""

from flask import Flask, request
from PIL import Image, ImageMath

app = Flask(__name__)
FILTERS = {"invert": "255 - a", "threshold": "(a > 128) * 255", "halve": "a / 2"}


@app.post("/images/filter")
def vuln_filter_expression():
    img = Image.open(request.files["image"].stream).convert("L")
    out = ImageMath.unsafe_eval(request.form["expr"], a=img)  # sink
    return {"mode": out.mode}


@app.post("/images/filter/v2")
def safe_filter_expression():
    img = Image.open(request.files["image"].stream).convert("L")
    out = ImageMath.unsafe_eval(FILTERS[request.form["expr"]], a=img)
    return {"mode": out.mode}


@app.post("/images/filter/legacy")
def vuln_filter_legacy():
    expression = request.form.get("expression", "a")
    img = Image.open(request.files["image"].stream).convert("L")
    out = ImageMath.eval(expression, a=img)  # sink
    return {"mode": out.mode}


@app.post("/images/filter/legacy/v2")
def safe_filter_legacy():
    expression = FILTERS.get(request.form.get("expression", ""), "a")
    img = Image.open(request.files["image"].stream).convert("L")
    out = ImageMath.eval(expression, a=img)
    return {"mode": out.mode}
