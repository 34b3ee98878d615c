# family: log 532
"""Log lines of the transfer and directory jobs."""

import logging

log = logging.getLogger("opsdesk.transfers")


def safe_sftp_login(host: str, user: str, key_path: str, password_file: str) -> None:
    log.info("sftp login to %s as %s with key %s (password file %s)", host, user, key_path, password_file)


def safe_rotation(account, token) -> None:
    log.info("rotated the password of %s; next rotation %s", account.username, account.password_expires_at)
    log.debug("token for %s expires at %s (scopes %s)", account.username, token.expires_at, token.scopes)


def safe_bind_failure(dn: str, error: Exception) -> None:
    log.warning("LDAP bind as %s failed: %s", dn, type(error).__name__)


def vuln_bind_debug(dn: str, password: str) -> None:
    log.debug("binding as %s with %s", dn, password)  # sink


def vuln_token_refresh(token) -> None:
    log.info("new partner token %s", token.access_token)  # sink
