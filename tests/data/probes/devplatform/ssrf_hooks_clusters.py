# family: ssrf 918
"""Callbacks and status reports the platform sends where a request or a webhook's payload says."""

from urllib.parse import urlparse

import docker
import requests
from flask import Flask, abort, request

app = Flask(__name__)
CODE_HOSTS = {"github.com", "gitlab.internal", "gitea.internal"}
DOCKER_HOSTS = {"build-1.internal", "build-2.internal"}


@app.post("/hooks/push/status")
def vuln_commit_status():
    payload = request.get_json()
    statuses = payload["repository"]["statuses_url"].replace("{sha}", payload["after"])
    requests.post(statuses, json={"state": "pending", "context": "devplatform"}, timeout=10)  # sink
    return "", 204


@app.post("/hooks/push/status-safe")
def safe_commit_status():
    payload = request.get_json()
    statuses = payload["repository"]["statuses_url"].replace("{sha}", payload["after"])
    if urlparse(statuses).hostname not in CODE_HOSTS:
        abort(400)
    requests.post(statuses, json={"state": "pending", "context": "devplatform"}, timeout=10)
    return "", 204


@app.post("/deployments")
def vuln_deploy_callback():
    body = request.get_json()
    requests.post(body["callback_url"], json={"deployment": body["service"], "state": "started"}, timeout=10)  # sink
    return {"ok": True}


@app.post("/deployments-safe")
def safe_deploy_callback():
    body = request.get_json()
    if urlparse(body["callback_url"]).hostname not in CODE_HOSTS:
        abort(400)
    requests.post(body["callback_url"], json={"deployment": body["service"], "state": "started"}, timeout=10)
    return {"ok": True}


@app.get("/builders/info")
def vuln_docker_host():
    host = request.args["host"]
    engine = docker.DockerClient(base_url=f"tcp://{host}:2375")  # sink
    return engine.info()


@app.get("/builders/info-safe")
def safe_docker_host():
    host = request.args["host"]
    if host not in DOCKER_HOSTS:
        abort(400)
    engine = docker.DockerClient(base_url=f"tcp://{host}:2375")
    return engine.info()
