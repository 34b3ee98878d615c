# family: jwt 347 345 287
import jwt
from flask import Flask, request, session
from flask_login import login_user
from jose import jwt as jose_jwt
from jwt import PyJWKClient

from .accounts import user_for_claims

app = Flask(__name__)
CLIENT_ID = "client-portal"
ISSUER = "https://idp.portal.example/"
JWKS = PyJWKClient("https://idp.portal.example/.well-known/jwks.json")
IDP_KEYS = {"keys": []}  # the provider's key set, refreshed by a job


@app.post("/oidc/callback")
def vuln_id_token_unverified() -> object:
    id_token = request.form["id_token"]
    claims = jwt.decode(id_token, options={"verify_signature": False})  # sink
    login_user(user_for_claims(claims))
    return "signed in"


@app.post("/oidc/callback/verified")
def safe_id_token_verified() -> object:
    id_token = request.form["id_token"]
    signing_key = JWKS.get_signing_key_from_jwt(id_token)
    claims = jwt.decode(id_token, signing_key.key, algorithms=["RS256"], audience=CLIENT_ID, issuer=ISSUER)  # sink
    login_user(user_for_claims(claims))
    return "signed in"


@app.post("/api/session")
def vuln_algorithm_from_header() -> object:
    token = request.headers["Authorization"].removeprefix("Bearer ")
    header = jwt.get_unverified_header(token)
    signing_key = JWKS.get_signing_key_from_jwt(token)
    claims = jwt.decode(token, signing_key.key, algorithms=[header["alg"]], audience=CLIENT_ID)  # sink
    session["user_id"] = claims["sub"]
    return "ok"


@app.post("/api/session/fixed")
def safe_algorithm_fixed() -> object:
    token = request.headers["Authorization"].removeprefix("Bearer ")
    header = jwt.get_unverified_header(token)
    signing_key = JWKS.get_signing_key(header["kid"])
    claims = jwt.decode(token, signing_key.key, algorithms=["RS256"], audience=CLIENT_ID)  # sink
    session["user_id"] = claims["sub"]
    return "ok"


@app.post("/oidc/jose")
def vuln_jose_unverified_claims() -> object:
    id_token = request.form["id_token"]
    claims = jose_jwt.get_unverified_claims(id_token)  # sink
    login_user(user_for_claims(claims))
    return "signed in"


@app.post("/oidc/jose/verified")
def safe_jose_decode() -> object:
    id_token = request.form["id_token"]
    claims = jose_jwt.decode(id_token, IDP_KEYS, algorithms=["RS256"], audience=CLIENT_ID, issuer=ISSUER)  # sink
    login_user(user_for_claims(claims))
    return "signed in"


def vuln_remember_me_claims(cookie_value: str, secret: str) -> int:
    claims = jwt.decode(cookie_value, secret, algorithms=["HS256"], options={"verify_signature": False})  # sink
    return int(claims["uid"])


def safe_remember_me_claims(cookie_value: str, secret: str) -> int:
    claims = jwt.decode(cookie_value, secret, algorithms=["HS256"], options={"require": ["exp", "uid"]})  # sink
    return int(claims["uid"])
