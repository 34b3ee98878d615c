# family: logsecret 532
import logging

log = logging.getLogger("custody.gateway")


def safe_session_stats(session):
    log.info("FIX session %s: token_count=%d", session.sender, session.token_count)


def vuln_session_logon(session):
    log.debug("FIX logon %s password=%s", session.sender, session.password)  # sink


def safe_password_age(user):
    log.info("operator %s password_changed_at=%s", user.username, user.password_changed_at)


def vuln_password_reset(user, new_password):
    log.info("operator %s password reset to %s", user.username, new_password)  # sink


def safe_key_rotation(key_id, fingerprint):
    log.warning("rotating SWIFT MAC key %s (fingerprint %s)", key_id, fingerprint)


def vuln_key_rotation(key_id, mac_key):
    log.warning("rotating SWIFT MAC key %s to %s", key_id, mac_key.hex())  # sink


def mask(value):
    return value[:4] + "…" if value else ""


def safe_api_key_in_use(api_key):
    log.info("statements API key in use: %s", mask(api_key))


def vuln_api_key_in_use(api_key):
    log.info("statements API key in use: %s", api_key)  # sink
