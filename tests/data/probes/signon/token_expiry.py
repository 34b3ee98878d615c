# family: expiry 613
from flask import Flask, abort, current_app, request
from flask_login import login_user
from itsdangerous import BadSignature, SignatureExpired, TimestampSigner, URLSafeTimedSerializer

from .accounts import PortalUser

app = Flask(__name__)
magic_links = URLSafeTimedSerializer("replaced-at-startup", salt="magic-link")
MAGIC_LINK_SECONDS = 15 * 60


class VulnResetLinks:
    def __init__(self, secret: str) -> None:
        self.serializer = URLSafeTimedSerializer(secret, salt="password-reset")

    def user_id(self, token: str) -> str:
        return self.serializer.loads(token)["uid"]  # sink


class SafeResetLinks:
    def __init__(self, secret: str) -> None:
        self.serializer = URLSafeTimedSerializer(secret, salt="password-reset")

    def user_id(self, token: str) -> str:
        return self.serializer.loads(token, max_age=3600)["uid"]


@app.get("/login/magic")
def vuln_magic_link() -> str:
    try:
        user_id = magic_links.loads(request.args["token"])  # sink
    except BadSignature:
        abort(400)
    login_user(PortalUser(user_id))
    return "signed in"


@app.get("/login/magic/checked")
def safe_magic_link() -> str:
    try:
        user_id = magic_links.loads(request.args["token"], max_age=MAGIC_LINK_SECONDS)
    except (SignatureExpired, BadSignature):
        abort(400)
    login_user(PortalUser(user_id))
    return "signed in"


@app.get("/invite/accept")
def vuln_invitation() -> str:
    signer = TimestampSigner(current_app.config["SECRET_KEY"], salt="invitation")
    email = signer.unsign(request.args["code"], max_age=None).decode()  # sink
    return f"welcome {len(email)}"


@app.get("/invite/accept/checked")
def safe_invitation() -> str:
    signer = TimestampSigner(current_app.config["SECRET_KEY"], salt="invitation")
    email = signer.unsign(request.args["code"], max_age=current_app.config["INVITE_SECONDS"]).decode()
    return f"welcome {len(email)}"
