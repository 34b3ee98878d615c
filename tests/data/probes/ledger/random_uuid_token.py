# family: random 330 338
import uuid

from flask import Flask, make_response

app = Flask(__name__)


@app.post("/share")
def vuln_share():
    token = uuid.uuid1().hex  # sink
    response = make_response({"link": f"/shared/{token}"})
    response.set_cookie("share_token", token, secure=True, httponly=True)
    return response


@app.post("/share2")
def safe_share():
    token = uuid.uuid4().hex  # sink
    response = make_response({"link": f"/shared/{token}"})
    response.set_cookie("share_token", token, secure=True, httponly=True)
    return response
