# family: cmd 78
"""Slash commands received by a plain Flask endpoint: the signature says Slack sent the request, not what was typed."""

import os
import shlex
import subprocess

from flask import Flask, abort, jsonify, request
from slack_sdk.signature import SignatureVerifier

app = Flask(__name__)
verifier = SignatureVerifier(os.environ["SLACK_SIGNING_SECRET"])


@app.post("/slack/helm")
def vuln_helm_rollback():
    if not verifier.is_valid_request(request.get_data(), request.headers):
        abort(403)
    release = request.form["text"]
    out = subprocess.check_output("helm rollback " + release + " --wait", shell=True, text=True)  # sink
    return jsonify(response_type="ephemeral", text=out)


@app.post("/slack/helm-safe")
def safe_helm_rollback():
    if not verifier.is_valid_request(request.get_data(), request.headers):
        abort(403)
    release = request.form["text"]
    out = subprocess.check_output(["helm", "rollback", release, "--wait"], text=True)
    return jsonify(response_type="ephemeral", text=out)


@app.post("/mattermost/uptime")
def vuln_mattermost_uptime():
    if request.form.get("token") != os.environ["MM_OUTGOING_TOKEN"]:
        abort(403)
    host = request.form["text"].removeprefix(request.form["trigger_word"]).strip()
    out = subprocess.getoutput(f"ssh {host} uptime")  # sink
    return jsonify(text=out)


@app.post("/mattermost/uptime-safe")
def safe_mattermost_uptime():
    if request.form.get("token") != os.environ["MM_OUTGOING_TOKEN"]:
        abort(403)
    host = request.form["text"].removeprefix(request.form["trigger_word"]).strip()
    out = subprocess.getoutput(f"ssh {shlex.quote(host)} uptime")
    return jsonify(text=out)
