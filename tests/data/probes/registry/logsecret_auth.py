# family: logsecret 532
import logging

log = logging.getLogger("registry.auth")


def vuln_login_failed(username, password):
    log.warning("login failed for %s with password %s", username, password)  # sink


def safe_login_failed(username, password):
    log.warning("login failed for %s (password of %d characters)", username, len(password))  # sink


def vuln_token_refresh(client_id, refresh_token):
    log.info(f"refreshing {client_id} using {refresh_token}")  # sink


def safe_token_refresh(client_id, refresh_token):
    log.info("refreshing %s using a token ending %s", client_id, "…")  # sink
