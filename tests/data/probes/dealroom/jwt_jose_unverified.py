# family: jwt 347 345 287
import os

from fastapi import FastAPI, Header
from jose import jwt

app = FastAPI()
PUBLIC_KEY = os.environ["DEALROOM_JWT_PUBLIC_KEY"]


@app.get("/insider-list")
def vuln_insider_list(authorization: str = Header()):
    claims = jwt.get_unverified_claims(authorization.removeprefix("Bearer "))  # sink
    return {"advisor": claims["sub"], "rooms": claims.get("rooms", [])}


@app.get("/insider-list2")
def safe_insider_list(authorization: str = Header()):
    claims = jwt.decode(authorization.removeprefix("Bearer "), PUBLIC_KEY, algorithms=["RS256"])  # sink
    return {"advisor": claims["sub"], "rooms": claims.get("rooms", [])}
