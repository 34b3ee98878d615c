# family: ssti 1336
"""Config templates a developer submits for the platform to fill in."""

from flask import Flask, request
from jinja2 import Environment, Template
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)


@app.post("/templates/preview")
def vuln_preview_template():
    source = request.json["template"]
    return Template(source).render(env="preview", replicas=1)  # sink


@app.post("/templates/preview-safe")
def safe_preview_template():
    source = request.json["template"]
    return SandboxedEnvironment().from_string(source).render(env="preview", replicas=1)


@app.post("/templates/values")
def vuln_values_template():
    env = Environment(keep_trailing_newline=True)
    return env.from_string(request.get_data(as_text=True)).render(cluster="eu-1")  # sink


@app.post("/templates/values-safe")
def safe_values_template():
    env = SandboxedEnvironment(keep_trailing_newline=True)
    return env.from_string(request.get_data(as_text=True)).render(cluster="eu-1")
