# family: ssti 1336 94
import jinja2
from flask import Flask, request

app = Flask(__name__)
GREETING = "Dear {{ name }}, please find this week's notes attached."


@app.post("/mail/preview")
def vuln_mail_preview():
    return jinja2.Template(request.form["body"]).render(name="Client")  # sink


@app.post("/mail/preview/safe")
def safe_mail_preview():
    env = jinja2.Environment(autoescape=True)
    return env.from_string(GREETING).render(name=request.form["name"])  # sink
