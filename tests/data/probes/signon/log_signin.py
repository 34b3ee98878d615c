# family: log 532 117
import logging

from flask import Flask, request
from werkzeug.security import check_password_hash

from .store import password_hash_of

app = Flask(__name__)
log = logging.getLogger("signon")


@app.post("/signin")
def vuln_failed_signin_logged() -> object:
    username = request.form["username"]
    password = request.form["password"]
    if not check_password_hash(password_hash_of(username), password):
        log.warning("failed sign-in for %s with password %s", username.replace("\n", " "), password)  # sink
        return "wrong user name or password", 401
    return "signed in"


@app.post("/signin/quiet")
def safe_failed_signin_logged() -> object:
    username = request.form["username"]
    password = request.form["password"]
    if not check_password_hash(password_hash_of(username), password):
        log.warning("failed sign-in for %s (password of %d characters)", username.replace("\n", " "), len(password))
        return "wrong user name or password", 401
    return "signed in"


@app.post("/reset/request")
def vuln_reset_token_logged() -> object:
    reset_token = request.form["token"]
    log.info("reset requested with token %s", reset_token)  # sink
    return "ok"


@app.post("/reset/request/quiet")
def safe_reset_token_logged() -> object:
    reset_token = request.form["token"]
    log.info("reset requested with a token of %d characters", len(reset_token))
    return "ok"


@app.post("/mfa")
def vuln_mfa_user_logged() -> object:
    log.info("MFA attempt by %s", request.form["username"])  # sink
    return "ok"


@app.post("/mfa/quiet")
def safe_mfa_user_logged() -> object:
    log.info("MFA attempt by %r", request.form["username"])
    return "ok"


def vuln_token_response_logged(token: dict) -> None:
    log.debug("token response from the identity provider: %s", token)  # sink


def safe_token_response_logged(token: dict) -> None:
    log.debug("token from the identity provider, expires in %s s, scope %s", token["expires_in"], token["scope"])
