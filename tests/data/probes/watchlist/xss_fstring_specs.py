# family: xss 79 80
# Round 32: f-strings of 3.8-3.12 as markup: the self-documenting `=`, conversions and format specs, a list built
# with star-unpacking, a TypedDict card, a walrus in a comprehension's filter.
from typing import TypedDict

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
BADGES = {"r": "restricted", "w": "watch"}


class Card(TypedDict):
    title: str
    kind: str


@app.get("/cards/debug")
def vuln_fstring_equals_spec():
    name = request.args.get("name", "")
    return f"<pre>{name=:>30}</pre>"  # sink


@app.get("/cards/debug/safe")
def safe_fstring_equals_length():
    name = request.args.get("name", "")
    return f"<pre>{len(name)=:>30}</pre>"  # sink


@app.get("/cards/title")
def vuln_fstring_str_precision():
    title = request.args.get("title", "")
    return f"<h1>{title!s:.40}</h1>"  # sink


@app.get("/cards/title/safe")
def safe_fstring_escaped_precision():
    title = request.args.get("title", "")
    return f"<h1>{escape(title)!s:.40}</h1>"  # sink


@app.get("/cards/card")
def vuln_typeddict_title():
    card: Card = {"title": request.args.get("t", ""), "kind": "note"}
    return f"<h2>{card['title']}</h2>"  # sink


@app.get("/cards/card/safe")
def safe_typeddict_kind():
    card: Card = {"title": request.args.get("t", ""), "kind": "note"}
    return f"<h2>{card['kind']}</h2>"  # sink


@app.get("/cards/badges")
def vuln_walrus_comprehension_get_default():
    badges = [b for code in request.args.getlist("b") if (b := BADGES.get(code, code))]
    return "<ul>" + "".join([*(f"<li>{b}</li>" for b in badges), "<li>end</li>"]) + "</ul>"  # sink


@app.get("/cards/badges/safe")
def safe_walrus_comprehension_get():
    badges = [b for code in request.args.getlist("b") if (b := BADGES.get(code))]
    return "<ul>" + "".join([*(f"<li>{b}</li>" for b in badges), "<li>end</li>"]) + "</ul>"  # sink
