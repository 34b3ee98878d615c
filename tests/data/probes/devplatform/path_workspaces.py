# family: path 22
"""Environment workspaces on the platform's disk and host folders mounted into job containers."""

import os
from pathlib import Path

import docker
from flask import Flask, abort, request, send_file
from werkzeug.utils import secure_filename

app = Flask(__name__)
WORKSPACES = Path("/srv/platform/workspaces")
STATE_DIR = "/srv/platform/tfstate"
docker_client = docker.from_env()
CACHES = {"pip": "/srv/platform/cache/pip", "npm": "/srv/platform/cache/npm"}


@app.put("/envs/<env>/values")
def vuln_write_values(env):
    target = WORKSPACES / request.form["service"] / "values.yaml"
    target.write_text(request.form["values"])  # sink
    return {"written": str(target)}


@app.put("/envs/<env>/values-safe")
def safe_write_values(env):
    target = WORKSPACES / secure_filename(request.form["service"]) / "values.yaml"
    target.write_text(request.form["values"])
    return {"written": str(target)}


@app.get("/envs/state")
def vuln_read_state():
    path = os.path.join(STATE_DIR, request.args["workspace"] + ".tfstate")
    return send_file(path)  # sink


@app.get("/envs/state-safe")
def safe_read_state():
    path = os.path.join(STATE_DIR, os.path.basename(request.args["workspace"]) + ".tfstate")
    return send_file(path)


@app.post("/jobs/cached")
def vuln_job_with_host_cache():
    host_dir = request.json["cache_dir"]
    return docker_client.containers.run(  # sink
        "registry.internal/platform/builder:3.1",
        ["make", "build"],
        volumes={host_dir: {"bind": "/cache", "mode": "rw"}},
        remove=True,
    )


@app.post("/jobs/cached-safe")
def safe_job_with_host_cache():
    host_dir = CACHES.get(request.json["cache"])
    if host_dir is None:
        abort(400)
    return docker_client.containers.run(
        "registry.internal/platform/builder:3.1",
        ["make", "build"],
        volumes={host_dir: {"bind": "/cache", "mode": "rw"}},
        remove=True,
    )
