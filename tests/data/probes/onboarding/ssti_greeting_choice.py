# family: ssti 1336 94
from flask import Flask, abort, request
from jinja2 import Template

app = Flask(__name__)
GREETINGS = ("Dear {{ name }},", "Hello {{ name }},", "Good day {{ name }},")


@app.post("/emails/confirmation")
def vuln_confirmation_email():
    greeting = request.form["greeting"]
    if not greeting.isprintable():
        abort(400)
    body = Template(greeting + "\nyour account is open.").render(name=request.form["name"])  # sink
    return {"body": body}


@app.post("/emails/confirmation2")
def safe_confirmation_email():
    greeting = request.form["greeting"]
    if greeting not in GREETINGS:
        abort(400)
    body = Template(greeting + "\nyour account is open.").render(name=request.form["name"])  # sink
    return {"body": body}
