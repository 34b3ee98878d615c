# family: assert 703 617
from flask import Flask, abort, g, request

app = Flask(__name__)


@app.post("/projects/<int:project_id>/close")
def vuln_close_project(project_id):
    assert g.user.has_role("compliance"), "compliance only"  # sink
    g.registry.close(project_id, reason=request.form["reason"])
    return "", 204


@app.post("/projects/<int:project_id>/close2")
def safe_close_project(project_id):
    if not g.user.has_role("compliance"):  # sink
        abort(403)
    g.registry.close(project_id, reason=request.form["reason"])
    return "", 204
