# family: secret 798 259 321
"""Names of credentials, header names and sample values of the operations desk, and two real secrets."""

import argparse
import getpass
import os

from . import settings

PASSWORD_SETTING = "OPSDESK_LDAP_BIND_PASSWORD"
API_KEY_HEADER = "X-Api-Key"
SFTP_PASSWORD_ENV = "PARTNER_SFTP_PASSWORD"
PASSWORD_MIN_LENGTH = 14
TOKEN_TTL_SECONDS = 3600

LDAP_FALLBACK_PASSWORD = "Kq7#vR2m!pLx"  # sink


class SafeRequiredSettings:
    password = "OPSDESK_LDAP_BIND_PASSWORD"
    token_header = "Authorization"
    secret_key_file = "/run/secrets/opsdesk_key"


def safe_bind_password() -> str:
    password = os.environ.get(PASSWORD_SETTING)
    if password is None:
        password = getpass.getpass("LDAP bind password: ")
    return password


def safe_docstring_sample(client, password: str) -> None:
    """Log the service account in.

    >>> safe_docstring_sample(client, password="example-password")
    """
    client.login(settings.LDAP_BIND_DN, password)


def safe_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()
    parser.add_argument("--password-file", default="/run/secrets/sftp_password", help="file holding the password")
    parser.add_argument("--token-header", default=API_KEY_HEADER)
    return parser


def safe_headers(token: str) -> dict[str, str]:
    return {API_KEY_HEADER: token, "Authorization": f"Token {token}"}


def safe_mask(value: str) -> str:
    return value[:2] + "*" * (len(value) - 2)


def safe_selftest() -> None:
    sample_password = "Hunter2-sample"
    assert safe_mask(sample_password) == "Hu************"
    assert safe_mask("s3cr3t-value") == "s3**********"
    assert safe_headers("abc")[API_KEY_HEADER] == "abc"


def vuln_partner_login(ftp) -> None:
    ftp.login("opsdesk", "Winter2026!settle")  # sink


if __name__ == "__main__":
    safe_selftest()
