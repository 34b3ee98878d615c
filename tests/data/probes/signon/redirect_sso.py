# family: redirect 601
from urllib.parse import urlparse

from authlib.integrations.flask_client import OAuth
from flask import Flask, redirect, request, session, url_for
from flask_login import login_user
from onelogin.saml2.auth import OneLogin_Saml2_Auth

from .accounts import user_for_claims, user_for_saml

app = Flask(__name__)
oauth = OAuth(app)
oauth.register("portal_idp", server_metadata_url="https://idp.portal.example/.well-known/openid-configuration")

PORTAL_HOSTS = frozenset({"portal.example", "reports.portal.example"})
RELAY_TARGETS = frozenset({"/", "/reports", "/documents", "/account"})


def _saml_request() -> dict:
    return {
        "https": "on",
        "http_host": "portal.example",
        "script_name": request.path,
        "get_data": request.args.copy(),
        "post_data": request.form.copy(),
    }


def _is_portal_url(target: str) -> bool:
    parts = urlparse(target)
    if parts.scheme not in ("", "https"):
        return False
    return parts.netloc == "" or parts.netloc in PORTAL_HOSTS


@app.get("/login")
def login() -> object:
    session["next"] = request.args.get("next", "/")
    return oauth.portal_idp.authorize_redirect(url_for("callback", _external=True))


@app.get("/login/callback")
def vuln_callback_next() -> object:
    token = oauth.portal_idp.authorize_access_token()
    login_user(user_for_claims(token["userinfo"]))
    return redirect(session.pop("next", "/"))  # sink


@app.get("/login/callback/checked")
def safe_callback_next() -> object:
    token = oauth.portal_idp.authorize_access_token()
    login_user(user_for_claims(token["userinfo"]))
    target = session.pop("next", "/")
    if not _is_portal_url(target):
        target = "/"
    return redirect(target)  # sink


@app.get("/login/direct")
def vuln_login_next_param() -> object:
    token = oauth.portal_idp.authorize_access_token()
    login_user(user_for_claims(token["userinfo"]))
    return redirect(request.args.get("next") or url_for("home"))  # sink


@app.get("/login/direct/checked")
def safe_login_next_param() -> object:
    token = oauth.portal_idp.authorize_access_token()
    login_user(user_for_claims(token["userinfo"]))
    target = request.args.get("next") or url_for("home")
    if not _is_portal_url(target):
        target = url_for("home")
    return redirect(target)  # sink


@app.post("/saml/acs")
def vuln_saml_relay_state() -> object:
    auth = OneLogin_Saml2_Auth(_saml_request(), custom_base_path="saml")
    auth.process_response()
    if auth.get_errors() or not auth.is_authenticated():
        return "sign-in failed", 403
    login_user(user_for_saml(auth.get_nameid(), auth.get_attributes()))
    relay_state = request.form.get("RelayState", "/")
    return redirect(auth.redirect_to(relay_state))  # sink


@app.post("/saml/acs/checked")
def safe_saml_relay_state() -> object:
    auth = OneLogin_Saml2_Auth(_saml_request(), custom_base_path="saml")
    auth.process_response()
    if auth.get_errors() or not auth.is_authenticated():
        return "sign-in failed", 403
    login_user(user_for_saml(auth.get_nameid(), auth.get_attributes()))
    relay_state = request.form.get("RelayState", "/")
    if relay_state not in RELAY_TARGETS:
        relay_state = "/"
    return redirect(auth.redirect_to(relay_state))  # sink


@app.get("/logout")
def vuln_logout_return_to() -> object:
    session.clear()
    return_to = request.args.get("return_to", "/")
    return redirect(return_to)  # sink


@app.get("/logout/checked")
def safe_logout_return_to() -> object:
    session.clear()
    return_to = request.args.get("return_to", "/")
    if not return_to.startswith("/") or return_to.startswith("//") or "\\" in return_to:
        return_to = "/"
    return redirect(return_to)  # sink
