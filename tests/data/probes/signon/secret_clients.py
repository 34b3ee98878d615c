# family: secret 798 321
import os

from authlib.integrations.flask_client import OAuth
from flask import Flask
from requests_oauthlib import OAuth2Session

app = Flask(__name__)
oauth = OAuth(app)

oauth.register(
    "partner_idp",
    client_id="portal-web",
    client_secret="q8Zr3vT1xY6pLm2NwK9sD4fH",  # sink
    server_metadata_url="https://partner.example/.well-known/openid-configuration",
)

oauth.register(
    "staff_idp",
    client_id="portal-staff",
    client_secret=os.environ["STAFF_IDP_CLIENT_SECRET"],
    server_metadata_url="https://staff.portal.example/.well-known/openid-configuration",
)

JWT_SIGNING_KEY = "7f3c9a1e5b2d8f4a6c0e1b3d5f7a9c2e"  # sink
TOKEN_URL = "https://idp.portal.example/oauth/token"
PASSWORD_FIELD = "password"
RESET_TOKEN_PARAM = "token"


def vuln_fetch_token(code: str) -> dict:
    client = OAuth2Session("portal-batch", redirect_uri="https://portal.example/callback")
    return client.fetch_token(TOKEN_URL, code=code, client_secret="Xk29fjQ0pLw8RtZ3vB7n")  # sink


def safe_fetch_token(code: str) -> dict:
    client = OAuth2Session("portal-batch", redirect_uri="https://portal.example/callback")
    return client.fetch_token(TOKEN_URL, code=code, client_secret=os.environ["BATCH_CLIENT_SECRET"])


def safe_signing_key() -> str:
    return os.environ.get("JWT_SIGNING_KEY", "")


def vuln_app_secret_key() -> Flask:
    portal = Flask("portal")
    portal.secret_key = "c1f0e9a8b7d6c5e4f3a2b1c0d9e8f7a6"  # sink
    return portal


def safe_app_secret_key() -> Flask:
    portal = Flask("portal")
    portal.secret_key = os.environ["PORTAL_SECRET_KEY"]
    return portal
