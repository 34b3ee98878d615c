# family: tls 295
import requests
from authlib.integrations.httpx_client import AsyncOAuth2Client
from requests_oauthlib import OAuth2Session

TOKEN_URL = "https://idp.portal.example/oauth/token"
USERINFO_URL = "https://idp.portal.example/userinfo"
CA_BUNDLE = "/etc/ssl/certs/portal-idp.pem"


def vuln_exchange_code(code: str, secret: str) -> dict:
    client = OAuth2Session("portal-web", redirect_uri="https://portal.example/callback")
    return client.fetch_token(TOKEN_URL, code=code, client_secret=secret, verify=False)  # sink


def safe_exchange_code(code: str, secret: str) -> dict:
    client = OAuth2Session("portal-web", redirect_uri="https://portal.example/callback")
    return client.fetch_token(TOKEN_URL, code=code, client_secret=secret, verify=CA_BUNDLE)


def vuln_userinfo(access_token: str) -> dict:
    response = requests.get(
        USERINFO_URL, headers={"Authorization": f"Bearer {access_token}"}, timeout=10, verify=False  # sink
    )
    return response.json()


def safe_userinfo(access_token: str) -> dict:
    response = requests.get(USERINFO_URL, headers={"Authorization": f"Bearer {access_token}"}, timeout=10)
    return response.json()


async def vuln_async_idp_client(client_secret: str) -> dict:
    async with AsyncOAuth2Client("portal-web", client_secret, verify=False) as client:  # sink
        return await client.fetch_token(TOKEN_URL, grant_type="client_credentials")


async def safe_async_idp_client(client_secret: str) -> dict:
    async with AsyncOAuth2Client("portal-web", client_secret, verify=CA_BUNDLE) as client:
        return await client.fetch_token(TOKEN_URL, grant_type="client_credentials")
