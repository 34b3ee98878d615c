# family: plaintext 319 523
import requests

TOKEN_URL = "https://idp.portal.example/oauth/token"
LEGACY_TOKEN_URL = "http://idp-legacy.portal.example/oauth/token"


def vuln_client_credentials(client_id: str, client_secret: str) -> str:
    response = requests.post(  # sink
        LEGACY_TOKEN_URL,
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret},
        timeout=10,
    )
    return response.json()["access_token"]


def safe_client_credentials(client_id: str, client_secret: str) -> str:
    response = requests.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": client_secret},
        timeout=10,
    )
    return response.json()["access_token"]


def vuln_password_grant(username: str, password: str) -> str:
    response = requests.post(  # sink
        "http://idp-legacy.portal.example/oauth/token",
        data={"grant_type": "password", "username": username, "password": password},
        timeout=10,
    )
    return response.json()["access_token"]


def safe_password_grant(username: str, password: str) -> str:
    response = requests.post(
        "https://idp.portal.example/oauth/token",
        data={"grant_type": "password", "username": username, "password": password},
        timeout=10,
    )
    return response.json()["access_token"]
