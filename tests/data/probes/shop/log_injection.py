# family: log 117
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("auth")


@app.post("/login")
def vuln_login():
    user = request.form["username"]
    log.warning("failed login for " + user)  # sink
    return "denied", 403


@app.post("/login/safe")
def safe_login():
    user = request.form["username"]
    log.warning("failed login for %r", user.replace("\n", "").replace("\r", ""))  # sink
    return "denied", 403


@app.post("/login/id")
def safe_login_id():
    user_id = int(request.form["user_id"])
    log.info(f"login attempt for user {user_id}")  # sink
    return "ok"
