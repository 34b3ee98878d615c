# family: ssti 1336 94
import jinja2
from flask import Flask, request

app = Flask(__name__)
env = jinja2.Environment(loader=jinja2.FileSystemLoader("templates"), autoescape=True)


@app.post("/notice/preview")
def vuln_preview():
    text = request.form["template"]
    return env.from_string(text).render(client="ACME")  # sink


@app.post("/notice/render")
def safe_preview():
    text = request.form["template"]
    return env.get_template("notice.txt").render(client="ACME", body=text)  # sink
