# family: ssrf 918
import jwt
import requests
from flask import Flask, request

app = Flask(__name__)
TRUSTED_ISSUERS = {
    "https://idp.portal.example/": "https://idp.portal.example/.well-known/jwks.json",
    "https://login.partner.example/": "https://login.partner.example/keys",
}


@app.post("/oidc/any-issuer")
def vuln_jwks_from_issuer() -> object:
    id_token = request.form["id_token"]
    issuer = jwt.decode(id_token, options={"verify_signature": False})["iss"]
    keys = requests.get(issuer.rstrip("/") + "/.well-known/jwks.json", timeout=5).json()  # sink
    return {"keys": len(keys["keys"])}


@app.post("/oidc/trusted-issuer")
def safe_jwks_from_issuer() -> object:
    id_token = request.form["id_token"]
    issuer = jwt.decode(id_token, options={"verify_signature": False})["iss"]
    jwks_url = TRUSTED_ISSUERS.get(issuer)
    if jwks_url is None:
        return {"error": "unknown issuer"}, 400
    keys = requests.get(jwks_url, timeout=5).json()  # sink
    return {"keys": len(keys["keys"])}


@app.get("/oidc/discover")
def vuln_discovery_url() -> object:
    config = requests.get(request.args["idp"] + "/.well-known/openid-configuration", timeout=5).json()  # sink
    return {"authorize": config["authorization_endpoint"]}


@app.get("/oidc/discover/known")
def safe_discovery_url() -> object:
    idp = request.args["idp"]
    if idp not in TRUSTED_ISSUERS:
        return {"error": "unknown identity provider"}, 400
    config = requests.get(idp + ".well-known/openid-configuration", timeout=5).json()  # sink
    return {"authorize": config["authorization_endpoint"]}
