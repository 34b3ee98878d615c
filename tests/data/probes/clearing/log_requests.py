# family: logsecret 532
import logging

from flask import Flask, request

app = Flask(__name__)
logger = logging.getLogger("clearing.auth")
REDACTED_HEADERS = {"authorization", "cookie", "x-api-key"}


def safe_failed_login(username: str, remote_addr: str) -> None:
    logger.warning("invalid password for user %s from %s", username, remote_addr)


def safe_reset_requested(email: str) -> None:
    logger.info("password reset requested for %s", email)


def safe_token_refreshed(token: dict) -> None:
    logger.info("access token refreshed, expires in %ss, scope=%s", token["expires_in"], token.get("scope"))


@app.before_request
def safe_log_request():
    headers = {k: ("<redacted>" if k.lower() in REDACTED_HEADERS else v) for k, v in request.headers.items()}
    logger.debug("%s %s headers=%s", request.method, request.path, headers)


def safe_auth_method(user_id: int, used_api_key: bool) -> None:
    logger.info("login ok", extra={"user": user_id, "auth_method": "api_key" if used_api_key else "password"})


def vuln_login_debug(username: str, password: str) -> None:
    logger.debug("login attempt %s / %s", username, password)  # sink


@app.after_request
def vuln_log_authorization(response):
    logger.info("auth=%s status=%s", request.headers.get("Authorization"), response.status_code)  # sink
    return response


def vuln_log_api_secret(client_secret: str, member: str) -> None:
    logger.info(f"registering member {member} with client secret {client_secret}")  # sink
