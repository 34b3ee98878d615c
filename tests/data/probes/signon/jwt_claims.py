# family: expiry 613
from authlib.jose import JsonWebToken, jwt
from authlib.jose.errors import JoseError
from flask import Flask, abort, request
from flask_login import login_user

from .accounts import user_for_claims

app = Flask(__name__)
IDP_PUBLIC_KEY = "loaded-at-startup"  # replaced from the provider's JWKS by the app factory
ID_TOKENS = JsonWebToken(["RS256"])
CLAIMS_OPTIONS = {"iss": {"essential": True, "value": "https://idp.portal.example"}}


@app.post("/login/token")
def vuln_id_token_login() -> object:
    claims = ID_TOKENS.decode(request.form["id_token"], IDP_PUBLIC_KEY, claims_options=CLAIMS_OPTIONS)  # sink
    login_user(user_for_claims({"sub": claims["sub"], "email": claims.get("email")}))
    return "signed in"


@app.post("/login/token/checked")
def safe_id_token_login() -> object:
    claims = ID_TOKENS.decode(request.form["id_token"], IDP_PUBLIC_KEY, claims_options=CLAIMS_OPTIONS)
    try:
        claims.validate(leeway=30)
    except JoseError:
        abort(401)
    login_user(user_for_claims({"sub": claims["sub"], "email": claims.get("email")}))
    return "signed in"


@app.get("/api/whoami")
def vuln_bearer_subject() -> object:
    bearer = request.headers["Authorization"].removeprefix("Bearer ")
    return {"user": jwt.decode(bearer, IDP_PUBLIC_KEY)["sub"]}  # sink


@app.get("/api/whoami/checked")
def safe_bearer_subject() -> object:
    bearer = request.headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(bearer, IDP_PUBLIC_KEY)
    claims.validate()
    return {"user": claims["sub"]}
