# family: jwt 347 345 287
import time

import jwt
from jwt import PyJWKClient

AUDIENCE = "clearing-portal"
ISSUERS = {
    "https://login.clearing.example/": "https://login.clearing.example/.well-known/jwks.json",
    "https://sso.partner.example/": "https://sso.partner.example/keys",
}


def safe_verify_by_kid(token: str, jwks: PyJWKClient) -> dict:
    header = jwt.get_unverified_header(token)
    if header.get("alg") != "RS256":
        raise jwt.InvalidAlgorithmError("unexpected algorithm")
    signing_key = jwks.get_signing_key(header["kid"])
    return jwt.decode(token, signing_key.key, algorithms=["RS256"], audience=AUDIENCE)


def safe_multi_issuer(token: str) -> dict:
    unverified = jwt.decode(token, options={"verify_signature": False})
    jwks_url = ISSUERS.get(unverified.get("iss", ""))
    if jwks_url is None:
        raise jwt.InvalidIssuerError("unknown issuer")
    signing_key = PyJWKClient(jwks_url).get_signing_key_from_jwt(token)
    return jwt.decode(token, signing_key.key, algorithms=["RS256"], audience=AUDIENCE, issuer=unverified["iss"])


def safe_internal_token(token: str, secret: str) -> dict:
    return jwt.decode(token, secret, algorithms=["HS256"], options={"verify_aud": False, "require": ["exp", "sub"]})


class SafeTokenCache:
    def __init__(self, access_token: str):
        self.access_token = access_token

    def seconds_left(self) -> float:
        claims = jwt.decode(self.access_token, options={"verify_signature": False, "verify_exp": False})
        return claims["exp"] - time.time()


def vuln_member_from_token(token: str) -> str:
    claims = jwt.decode(token, options={"verify_signature": False})  # sink
    return claims["sub"]


def vuln_any_algorithm(token: str, secret: str) -> dict:
    header = jwt.get_unverified_header(token)
    return jwt.decode(token, secret, algorithms=[header["alg"]])  # sink
