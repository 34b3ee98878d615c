# family: random 330 338
from flask import Flask, make_response, session

from .support.tokens import pin, sturdy_pin, voucher

app = Flask(__name__)


@app.post("/phone/verify")
def vuln_phone_verify():
    session["phone_pin"] = pin()  # sink
    return "sent"


@app.post("/phone/verify/safe")
def safe_phone_verify():
    session["phone_pin"] = sturdy_pin()  # sink
    return "sent"


@app.post("/vouchers")
def vuln_voucher():
    resp = make_response({"ok": True})
    resp.set_cookie("voucher", voucher())  # sink
    return resp
