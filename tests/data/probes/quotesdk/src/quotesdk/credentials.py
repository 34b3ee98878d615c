# family: secret 798 259 532
"""Credentials: read from the environment or a keyring, masked wherever they are shown."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

logger = logging.getLogger(__name__)

TOKEN_ENV = "QUOTESDK_TOKEN"
PASSWORD_FIELD = "password"
DEFAULT_TOKEN_URL = "https://auth.quotes.internal/oauth2/token"


@dataclass
class SafeCredentials:
    client_id: str
    client_secret: str = field(repr=False)
    token: str | None = None

    def __repr__(self) -> str:
        masked = "***" if self.token else None
        return f"SafeCredentials(client_id={self.client_id!r}, client_secret='***', token={masked!r})"

    @classmethod
    def from_env(cls) -> "SafeCredentials":
        return cls(os.environ["QUOTESDK_CLIENT_ID"], os.environ["QUOTESDK_CLIENT_SECRET"], os.environ.get(TOKEN_ENV))


def safe_auth_header(creds: SafeCredentials) -> dict[str, str]:
    logger.debug("authorising client %s (token present: %s)", creds.client_id, creds.token is not None)
    return {"Authorization": f"Bearer {creds.token}"}


def safe_token_request(creds: SafeCredentials) -> dict[str, str]:
    return {"grant_type": "client_credentials", "client_id": creds.client_id, "client_secret": creds.client_secret}


class VulnCredentials:
    def __init__(self, client_id: str, client_secret: str) -> None:
        self.client_id = client_id
        self.client_secret = client_secret

    def __repr__(self) -> str:
        return f"VulnCredentials({self.client_id!r}, {self.client_secret!r})"  # sink


def vuln_auth_header(token: str) -> dict[str, str]:
    logger.debug("using token %s", token)  # sink
    return {"Authorization": f"Bearer {token}"}


SERVICE_PASSWORD = "Qz7!vR2#pL9m"  # sink
