# family: xss 79 80
from string import Template

from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)
CARD = Template("<section><h2>$title</h2><p>Prepared by $adviser</p></section>")


@app.get("/proposals/card")
def vuln_proposal_card():
    return CARD.substitute(title=request.args["title"], adviser="Desk 3")  # sink


@app.get("/proposals/card/escaped")
def safe_proposal_card():
    return CARD.substitute(title=escape(request.args["title"]), adviser="Desk 3")  # sink
