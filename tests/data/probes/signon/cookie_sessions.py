# family: cookie 614 1004 1275
from flask import Flask, make_response, request
from flask_login import login_user

from .accounts import user_for_claims

app = Flask(__name__)
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True, SESSION_COOKIE_SAMESITE="Lax")


@app.post("/remember")
def vuln_remember_cookie() -> object:
    login_user(user_for_claims(request.get_json()), remember=True)
    response = make_response("signed in")
    response.set_cookie("portal_remember", request.cookies.get("device", ""), max_age=30 * 86400)  # sink
    return response


@app.post("/remember/flags")
def safe_remember_cookie() -> object:
    login_user(user_for_claims(request.get_json()), remember=True)
    response = make_response("signed in")
    response.set_cookie(
        "portal_remember",
        request.cookies.get("device", ""),
        max_age=30 * 86400,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return response


@app.post("/sso/session")
def vuln_sso_session_cookie() -> object:
    response = make_response("ok")
    response.set_cookie("sso_session", request.form["sid"], secure=True, samesite="Strict")  # sink
    return response


@app.post("/sso/session/flags")
def safe_sso_session_cookie() -> object:
    response = make_response("ok")
    response.set_cookie("sso_session", request.form["sid"], secure=True, httponly=True, samesite="Strict")
    return response


@app.get("/theme")
def safe_theme_cookie() -> object:
    response = make_response("ok")
    response.set_cookie("theme", "dark", secure=True, httponly=False, samesite="Lax")
    return response
