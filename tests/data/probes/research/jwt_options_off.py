# family: jwt 347 345 287
import os

import jwt
from fastapi import Depends, FastAPI, Header

app = FastAPI()
SIGNING_KEY = os.environ["RESEARCH_JWT_KEY"]


def vuln_current_client(authorization: str = Header()):
    token = authorization.removeprefix("Bearer ")
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options={"verify_signature": False})  # sink


def safe_current_client(authorization: str = Header()):
    token = authorization.removeprefix("Bearer ")
    return jwt.decode(token, SIGNING_KEY, algorithms=["HS256"], options={"require": ["exp", "sub"]})  # sink


@app.get("/client/reports")
def reports(claims: dict = Depends(safe_current_client)):
    return {"client": claims["sub"]}
