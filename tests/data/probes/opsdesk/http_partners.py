# family: tls 295
"""Calls of the partners' HTTPS APIs."""

import os

import requests

from . import settings


def safe_partner_ca(url: str) -> dict[str, object]:
    return requests.get(url, verify=settings.PARTNER_CA, timeout=10).json()


def safe_env_bundle(url: str) -> dict[str, object]:
    bundle = os.environ.get("REQUESTS_CA_BUNDLE", True)
    return requests.get(url, verify=bundle, timeout=10).json()


def safe_session(url: str) -> bytes:
    with requests.Session() as session:
        session.verify = settings.PARTNER_CA
        session.cert = ("/etc/opsdesk/client.pem", "/etc/opsdesk/client.key")
        return session.get(url, timeout=10).content


def vuln_partner(url: str) -> dict[str, object]:
    return requests.get(url, verify=False, timeout=10).json()  # sink


def vuln_session(url: str) -> bytes:
    session = requests.Session()
    session.verify = False  # sink
    return session.get(url, timeout=10).content
