# family: option 88
import shlex
import subprocess

from flask import Flask, request

app = Flask(__name__)


@app.get("/repo/history")
def vuln_history():
    extra = shlex.split(request.args.get("opts", ""))
    out = subprocess.run(["git", "-C", "/srv/vdr-docs", "log", *extra], capture_output=True, text=True)  # sink
    return out.stdout


@app.get("/repo/history2")
def safe_history():
    path = request.args.get("path", ".")
    out = subprocess.run(["git", "-C", "/srv/vdr-docs", "log", "--", path], capture_output=True, text=True)  # sink
    return out.stdout
