# family: cmd 78
import os

from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_UNITS = {"mailer", "printer", "scanner"}
BLOCKED_UNITS = {"sshd", "firewalld"}


@app.post("/units/restart")
def vuln_restart_unit():
    unit = request.form["unit"]
    if unit in BLOCKED_UNITS:
        abort(403)
    os.system("systemctl restart " + unit)  # sink
    return "restarted"


@app.post("/units/restart/safe")
def safe_restart_unit():
    unit = request.form["unit"]
    if unit not in ALLOWED_UNITS:
        abort(400)
    os.system("systemctl restart " + unit)  # sink
    return "restarted"
