# family: logsecret 532
"""What the bank gateway client writes to the log."""
import logging

log = logging.getLogger("treasury.gateway")

PASSWORD_PROMPT = "H2H gateway password"
TOKEN_HEADER = "X-Bank-Token"


def safe_log_prompt():
    log.info("asking for the %s", PASSWORD_PROMPT)


def safe_log_header_name(headers):
    log.debug("sending header %s (%d characters)", TOKEN_HEADER, len(headers[TOKEN_HEADER]))


def vuln_log_token(headers):
    log.debug("sending header %s: %s", TOKEN_HEADER, headers[TOKEN_HEADER])  # sink


def vuln_log_password(password):
    log.info("gateway login with password %s", password)  # sink


def safe_log_masked(api_token):
    log.info("gateway token ****%s", api_token[-4:])
