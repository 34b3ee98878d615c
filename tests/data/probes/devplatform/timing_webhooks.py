# family: timing 208
"""Webhook receivers of the code hosts: the signature or token of the delivery compared with the expected one."""

import hashlib
import hmac
import os

from flask import Flask, abort, request

app = Flask(__name__)
GITHUB_SECRET = os.environ["GITHUB_WEBHOOK_SECRET"].encode()
GITLAB_TOKEN = os.environ["GITLAB_WEBHOOK_TOKEN"]
GITEA_SECRET = os.environ["GITEA_WEBHOOK_SECRET"].encode()


@app.post("/hooks/github")
def vuln_github_signature():
    expected = "sha256=" + hmac.new(GITHUB_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if request.headers.get("X-Hub-Signature-256", "") == expected:  # sink
        return {"accepted": True}
    abort(401)


@app.post("/hooks/github-safe")
def safe_github_signature():
    expected = "sha256=" + hmac.new(GITHUB_SECRET, request.get_data(), hashlib.sha256).hexdigest()
    if hmac.compare_digest(request.headers.get("X-Hub-Signature-256", ""), expected):
        return {"accepted": True}
    abort(401)


@app.post("/hooks/gitlab")
def vuln_gitlab_token():
    if request.headers.get("X-Gitlab-Token") != GITLAB_TOKEN:  # sink
        abort(401)
    return {"accepted": True}


@app.post("/hooks/gitlab-safe")
def safe_gitlab_token():
    if not hmac.compare_digest(request.headers.get("X-Gitlab-Token", ""), GITLAB_TOKEN):
        abort(401)
    return {"accepted": True}


@app.post("/hooks/gitea")
def vuln_gitea_signature():
    signature = request.headers["X-Gitea-Signature"]
    digest = hmac.new(GITEA_SECRET, request.data, hashlib.sha256).hexdigest()
    if signature != digest:  # sink
        abort(401)
    return {"accepted": True}


@app.post("/hooks/gitea-safe")
def safe_gitea_signature():
    signature = request.headers["X-Gitea-Signature"]
    digest = hmac.new(GITEA_SECRET, request.data, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, digest):
        abort(401)
    return {"accepted": True}
