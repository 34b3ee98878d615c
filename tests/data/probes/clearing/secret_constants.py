# family: secret 798 259 321
import os

import requests


class SafeIdentityEndpoints:
    TOKEN_URL = "https://login.clearing.example/oauth2/v2.0/token"
    PASSWORD_RESET_PATH = "/account/password/reset/"
    API_KEY_HEADER = "X-Api-Key"
    SECRET_REF = "vault://clearing/prod/db#password"
    TOKEN_CACHE_PREFIX = "clearing:token:"


class SafeAuthMessages:
    INVALID_PASSWORD = "The password you entered is incorrect."
    TOKEN_EXPIRED = "Your session token has expired, please sign in again."
    PASSWORD_TOO_SHORT = "Passwords must have at least 12 characters."
    API_KEY_MISSING = "Send your API key in the X-Api-Key header."


class SafeDatabaseSettings:
    DSN_TEMPLATE = "postgresql://%(user)s:%(password)s@%(host)s:5432/clearing"
    PASSWORD_FILE = "/run/secrets/clearing_db_password"
    PASSWORD_MIN_LENGTH = 12
    PASSWORD_HASHER = "argon2"
    SECRET_BACKEND = "aws-secrets-manager"


class VulnMarginService:
    BASE_URL = "https://margin.ccp.example/api"
    MEMBER_API_SECRET = "c9f1e2a7b4d84e0fa1b2c3d4e5f60718"  # sink


def safe_member_headers(token):
    return {"Authorization": f"Bearer {token}", "Accept": "application/json"}


def safe_fetch_positions(session: requests.Session, member: str):
    api_key = os.environ["CLEARING_API_KEY"]
    headers = {SafeIdentityEndpoints.API_KEY_HEADER: api_key}
    return session.get(f"{VulnMarginService.BASE_URL}/positions/{member}", headers=headers, timeout=10)


def vuln_fetch_positions(session: requests.Session, member: str):
    headers = {"X-Api-Key": "live_4f8a2c61e0b94d7a9c3e5b1f"}  # sink
    return session.get(f"{VulnMarginService.BASE_URL}/positions/{member}", headers=headers, timeout=10)


def safe_redact(record: dict) -> dict:
    sensitive = {"password", "api_key", "client_secret", "authorization"}
    return {k: ("***" if k.lower() in sensitive else v) for k, v in record.items()}


def safe_password_widget_attrs():
    return {"autocomplete": "new-password", "minlength": "12", "placeholder": "Password"}


def vuln_smtp_login(smtp):
    smtp.login("alerts@clearing.example", "Alerts!2026mail")  # sink


def safe_smtp_login(smtp):
    smtp.login(os.environ["SMTP_USER"], os.environ["SMTP_PASSWORD"])
