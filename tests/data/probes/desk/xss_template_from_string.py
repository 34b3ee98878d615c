# family: xss 79
from flask import Flask, request
from jinja2 import Environment

app = Flask(__name__)
CARD = "<div class='card'><h2>{{ title }}</h2><p>{{ body }}</p></div>"


@app.post("/cards/preview")
def vuln_card_preview():
    env = Environment(autoescape=False)  # sink
    return env.from_string(CARD).render(title=request.form["title"], body=request.form["body"])  # sink


@app.post("/cards/preview/safe")
def safe_card_preview():
    env = Environment(autoescape=True)
    return env.from_string(CARD).render(title=request.form["title"], body=request.form["body"])  # sink
