# family: jwt 347 345 287
import os

import jwt
from flask import Flask, request

app = Flask(__name__)
KEY = os.environ["JWT_KEY"]


@app.route("/me")
def vuln_me():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, options={"verify_signature": False})  # sink
    return {"user": claims["sub"]}


@app.route("/me/safe")
def safe_me():
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    claims = jwt.decode(token, KEY, algorithms=["HS256"])  # sink
    return {"user": claims["sub"]}


@app.route("/me/none")
def vuln_me_none():
    token = request.cookies["token"]
    claims = jwt.decode(token, KEY, algorithms=["HS256", "none"])  # sink
    return {"user": claims["sub"]}
