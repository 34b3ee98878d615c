# family: cmd 78
import os

from flask import Flask, request

app = Flask(__name__)


@app.post("/ops/ping")
def vuln_ping_feed():
    tool, target = "ping -c 1", request.form["host"]
    return str(os.system(f"{tool} {target}"))  # sink


@app.post("/ops/uptime")
def safe_uptime():
    target, tool = request.form["host"], "uptime"
    return str(os.system(tool))  # sink
