# family: secret 798 259
"""Credentials of the desk's clients: mail alerts, SFTP and the partners' APIs."""

import smtplib
import ssl

import click
import keyring
import paramiko

from . import settings

TOKEN_URL = "https://login.partner.example/oauth2/token"
PASSWORD_RESET_TIMEOUT = 3600


@click.command()
@click.option("--password", envvar="OPSDESK_SFTP_PASSWORD", prompt=True, hide_input=True)
def safe_cli(password: str) -> None:
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect("sftp.bank-a.example", username="opsdesk", password=password)


def safe_alert(message: str) -> None:
    with smtplib.SMTP_SSL("smtp.corp.example", 465, context=ssl.create_default_context()) as smtp:
        smtp.login("alerts@corp.example", keyring.get_password("opsdesk", "alerts@corp.example"))
        smtp.sendmail("alerts@corp.example", ["ops@corp.example"], message)


def safe_token_request(session, client_id: str) -> dict[str, str]:
    form = {"grant_type": "client_credentials", "client_id": client_id, "client_secret": settings.LDAP_BIND_PASSWORD}
    return session.post(TOKEN_URL, data=form, timeout=10).json()


def vuln_alert(message: str) -> None:
    with smtplib.SMTP_SSL("smtp.corp.example", 465, context=ssl.create_default_context()) as smtp:
        smtp.login("alerts@corp.example", "Alerts!2026-ops")  # sink
        smtp.sendmail("alerts@corp.example", ["ops@corp.example"], message)


def vuln_token_request(session) -> dict[str, str]:
    form = {"grant_type": "client_credentials", "client_id": "opsdesk", "client_secret": "f3K9x-2mQa-77Lp-Zr04"}  # sink
    return session.post(TOKEN_URL, data=form, timeout=10).json()
