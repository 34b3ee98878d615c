# family: logsecret 532
"""What the loaders log: counts, ids, the account and role; never a password or a token."""

import logging
import os

log = logging.getLogger("lakehouse.loader")


def safe_log_load(table: str, rows: int, batch_id: str, seconds: float) -> None:
    log.info("loaded %d rows into %s (batch %s) in %.1fs", rows, table, batch_id, seconds)


def safe_log_connection(account: str, user: str, role: str) -> None:
    log.info("connecting to %s as %s with role %s", account, user, role)


def safe_log_secret_name(secret_id: str, version: str) -> None:
    log.info("read secret %s (version %s) from the secret manager", secret_id, version)


def safe_log_token_expiry(token_expires_at: str, token_type: str) -> None:
    log.debug("access token (%s) valid until %s", token_type, token_expires_at)


def safe_log_password_source() -> None:
    log.info("password from %s", "SNOWFLAKE_PASSWORD" if os.environ.get("SNOWFLAKE_PASSWORD") else "key pair")


def vuln_log_password(user: str, password: str) -> None:
    log.debug("connecting as %s with password %s", user, password)  # sink


def vuln_log_token(access_token: str) -> None:
    print(f"got access token {access_token}")  # sink
