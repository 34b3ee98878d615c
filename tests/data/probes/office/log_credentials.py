# family: logsecret 532
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("office.auth")


@app.post("/vpn/enrol")
def vuln_vpn_enrol():
    user = request.form["user"]
    password = request.form["password"]
    log.info("vpn enrolment for %s with password %s", user, password)  # sink
    return "enrolled"


@app.post("/vpn/enrol/safe")
def safe_vpn_enrol():
    user = request.form["user"]
    password = request.form["password"]
    log.info("vpn enrolment for %s (password of %d characters)", user, len(password))  # sink
    return "enrolled"
