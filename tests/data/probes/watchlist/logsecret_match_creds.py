# family: logsecret 532
# Round 32: secrets bound by a match statement's mapping pattern and logged: the user name is no secret.
import logging

from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger("watchlist.auth")


@app.post("/feeds/login")
def vuln_match_logs_password():
    match request.get_json():
        case {"user": user, "password": password}:
            log.info("feed login %s %s", user, password)  # sink
        case _:
            return "bad", 400
    return "ok"


@app.post("/feeds/login/safe")
def safe_match_logs_user():
    match request.get_json():
        case {"user": user, "password": password}:
            log.info("feed login %s (%d chars)", user, len(password))  # sink
        case _:
            return "bad", 400
    return "ok"


@app.post("/feeds/token")
def vuln_fstring_equals_token():
    api_token = request.headers.get("X-Feed-Token", "")
    log.debug(f"{api_token=}")  # sink
    return "ok"


@app.post("/feeds/token/safe")
def safe_fstring_equals_token_length():
    api_token = request.headers.get("X-Feed-Token", "")
    log.debug(f"{len(api_token)=}")  # sink
    return "ok"
