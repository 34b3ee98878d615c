# family: hash 916 759 328 327 522
import hashlib

import bcrypt
from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()
ACCOUNTS: dict[str, bytes] = {}


class Signup(BaseModel):
    email: str
    password: str


@app.post("/guests/signup")
def vuln_guest_signup(body: Signup):
    ACCOUNTS[body.email] = hashlib.sha256(body.password.encode()).hexdigest().encode()  # sink
    return {"ok": True}


@app.post("/guests/signup2")
def safe_guest_signup(body: Signup):
    ACCOUNTS[body.email] = bcrypt.hashpw(body.password.encode(), bcrypt.gensalt())  # sink
    return {"ok": True}
