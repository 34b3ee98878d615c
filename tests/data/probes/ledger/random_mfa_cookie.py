# family: random 330 338
import random
import secrets

from flask import Flask, make_response

app = Flask(__name__)


@app.post("/mfa/start")
def vuln_challenge():
    code = "%06d" % random.randrange(1_000_000)  # sink
    response = make_response("sent")
    response.set_cookie("mfa_challenge", code, httponly=True, secure=True)  # sink
    return response


@app.post("/mfa/start2")
def safe_challenge():
    code = "%06d" % secrets.randbelow(1_000_000)
    response = make_response("sent")
    response.set_cookie("mfa_challenge", code, httponly=True, secure=True)  # sink
    return response
