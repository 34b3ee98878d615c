# family: ssti 1336 94
from flask import Flask, request
from jinja2 import Environment, FileSystemLoader
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)
env = Environment(loader=FileSystemLoader("/srv/desk/mail"), autoescape=True)


@app.post("/mail/preview")
def vuln_mail_preview():
    body = request.form["body"]
    return env.from_string(body).render(client="ACME")  # sink


@app.post("/mail/preview/safe")
def safe_mail_preview():
    body = request.form["body"]
    return env.get_template("preview.html").render(body=body, client="ACME")  # sink


@app.post("/mail/preview/sandboxed")
def safe_mail_preview_sandboxed():
    sandbox = SandboxedEnvironment(autoescape=True)
    return sandbox.from_string(request.form["body"]).render(client="ACME")  # sink
