# family: oauthstate 352
from flask import Flask, abort, redirect, request, session
from flask_login import login_user
from requests_oauthlib import OAuth2Session

from .accounts import user_for_claims

app = Flask(__name__)
AUTHORIZE_URL = "https://idp.portal.example/oauth/authorize"
TOKEN_URL = "https://idp.portal.example/oauth/token"
USERINFO_URL = "https://idp.portal.example/userinfo"
CALLBACK = "https://portal.example/login/callback"


@app.get("/login/start")
def safe_login_start() -> object:
    idp = OAuth2Session("portal-web", redirect_uri=CALLBACK, scope=["openid", "email"])
    url, state = idp.authorization_url(AUTHORIZE_URL)
    session["oauth_state"] = state
    return redirect(url)


@app.get("/login/callback")
def vuln_login_callback() -> object:
    idp = OAuth2Session("portal-web", redirect_uri=CALLBACK)
    idp.fetch_token(TOKEN_URL, client_secret=app.config["IDP_SECRET"], authorization_response=request.url)  # sink
    login_user(user_for_claims(idp.get(USERINFO_URL, timeout=10).json()))
    return redirect("/")


@app.get("/login/callback/checked")
def safe_login_callback() -> object:
    if "oauth_state" not in session:
        abort(400)
    idp = OAuth2Session("portal-web", redirect_uri=CALLBACK, state=session.pop("oauth_state"))
    idp.fetch_token(TOKEN_URL, client_secret=app.config["IDP_SECRET"], authorization_response=request.url)
    login_user(user_for_claims(idp.get(USERINFO_URL, timeout=10).json()))
    return redirect("/")


@app.get("/connect/callback")
def vuln_connect_callback() -> object:
    token = OAuth2Session("portal-drive", redirect_uri=CALLBACK).fetch_token(  # sink
        TOKEN_URL, client_secret=app.config["DRIVE_SECRET"], authorization_response=request.url
    )
    session["drive_token"] = token
    return redirect("/documents")


@app.get("/connect/callback/checked")
def safe_connect_callback() -> object:
    drive = OAuth2Session("portal-drive", redirect_uri=CALLBACK, state=session.get("drive_state"))
    session["drive_token"] = drive.fetch_token(
        TOKEN_URL, client_secret=app.config["DRIVE_SECRET"], authorization_response=request.url
    )
    return redirect("/documents")
