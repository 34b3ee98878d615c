# family: xss 79
"""Jinja2 renders the platform's config files (YAML, HCL: no HTML, escaping would corrupt them) and its status page."""

from pathlib import Path

from flask import Flask, request
from jinja2 import Environment, FileSystemLoader

app = Flask(__name__)
TEMPLATES = "/srv/platform/templates"


@app.post("/envs/<env>/render")
def safe_render_values(env):
    jinja = Environment(loader=FileSystemLoader(TEMPLATES), keep_trailing_newline=True)
    text = jinja.get_template("values.yaml.j2").render(env=env, image=request.form["image"])
    Path(f"/srv/platform/workspaces/{int(request.form['id'])}/values.yaml").write_text(text)
    return {"rendered": True}


@app.get("/envs/<env>/status")
def vuln_render_status(env):
    jinja = Environment(loader=FileSystemLoader(TEMPLATES))  # sink
    return jinja.get_template("status.html").render(env=env, note=request.args.get("note", ""))


@app.post("/envs/<env>/terraform")
def safe_render_tfvars(env):
    jinja = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False)
    text = jinja.get_template("main.tfvars.j2").render(region=request.form["region"])
    Path(f"/srv/platform/workspaces/{int(request.form['id'])}/main.tfvars").write_text(text)
    return {"rendered": True}


@app.get("/envs/<env>/page")
def vuln_render_page(env):
    jinja = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=False)  # sink
    return jinja.get_template("environment.html").render(env=env, owner=request.args["owner"])
