# family: otp 1390
import pyotp
from flask import Flask, abort, request, session
from flask_login import current_user

app = Flask(__name__)
CLOCK_DRIFT_STEPS = 1


@app.post("/login/mfa")
def vuln_mfa_code() -> str:
    totp = pyotp.TOTP(current_user.otp_secret)
    if not totp.verify(request.form["code"], valid_window=6):  # sink
        abort(401)
    session["mfa"] = True
    return "verified"


@app.post("/login/mfa/checked")
def safe_mfa_code() -> str:
    totp = pyotp.TOTP(current_user.otp_secret)
    if not totp.verify(request.form["code"], valid_window=CLOCK_DRIFT_STEPS):
        abort(401)
    session["mfa"] = True
    return "verified"
