# family: jwt 347 345 287
import jwt
from authlib.jose import JsonWebToken
from flask import Flask, request

app = Flask(__name__)
CLIENT_ID = "client-portal"
SESSION_KEY = "loaded-at-startup"  # replaced from the vault by the app factory
JWT = JsonWebToken(["RS256"])


@app.get("/api/me")
def vuln_inline_header_algorithm() -> object:
    token = request.headers["Authorization"].removeprefix("Bearer ")
    claims = jwt.decode(token, SESSION_KEY, algorithms=[jwt.get_unverified_header(token)["alg"]])  # sink
    return {"user": claims["sub"]}


@app.get("/api/me/fixed")
def safe_inline_header_key_id() -> object:
    token = request.headers["Authorization"].removeprefix("Bearer ")
    key_id = jwt.get_unverified_header(token)["kid"]
    claims = jwt.decode(token, SESSION_KEY + key_id, algorithms=["HS256"])  # sink
    return {"user": claims["sub"]}


@app.get("/api/link")
def vuln_none_algorithm() -> object:
    token = request.args["t"]
    claims = jwt.decode(token, algorithms=["none"], options={"verify_signature": False})  # sink
    return {"user": claims["sub"]}


@app.get("/api/link/signed")
def safe_signed_algorithm() -> object:
    token = request.args["t"]
    claims = jwt.decode(token, SESSION_KEY, algorithms=["HS256"])  # sink
    return {"user": claims["sub"]}
