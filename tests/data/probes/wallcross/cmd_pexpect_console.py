# family: cmd 78
import pexpect
from flask import Flask, request

app = Flask(__name__)
CHECKS = {"disk": "df -h /srv/wallcross", "queue": "wallctl queue-status"}


@app.post("/ops/run")
def vuln_ops_run():
    output = pexpect.run(request.form["command"], timeout=30)  # sink
    return {"output": output.decode()}


@app.post("/ops/run/safe")
def safe_ops_run():
    check = request.form["check"]
    if check not in CHECKS:
        return {"error": "unknown check"}, 400
    output = pexpect.run(CHECKS[check], timeout=30)  # sink
    return {"output": output.decode()}


@app.post("/ops/tail")
def vuln_ops_tail():
    child = pexpect.spawn("/bin/sh", ["-c", "tail -n 50 /srv/wallcross/logs/" + request.form["log"]])  # sink
    return {"output": child.read().decode()}


@app.post("/ops/tail/safe")
def safe_ops_tail():
    child = pexpect.spawn("tail", ["-n", "50", "--", "/srv/wallcross/logs/" + request.form["log"]])  # sink
    return {"output": child.read().decode()}


@app.post("/ops/ping")
def safe_ops_ping():
    output = pexpect.run("ping -c 1 -- " + request.form["host"], timeout=30)  # sink
    return {"output": output.decode()}
