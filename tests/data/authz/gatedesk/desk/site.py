from flask import Blueprint, Flask, abort, jsonify, request
from flask_login import current_user

from desk.store import rows

site = Flask("site")
pages = Blueprint("pages", __name__)
accounts = Blueprint("accounts", __name__, url_prefix="/accounts")
OPEN_BLUEPRINTS = ("pages",)


@site.before_request
def members_only():
    if request.blueprint not in OPEN_BLUEPRINTS and not current_user.is_authenticated:
        abort(401)


@pages.route("/about")
def about():  # expect
    return jsonify(rows("about"))


@accounts.route("/<account>")
def account(account):  # quiet
    return jsonify(rows("account", account))


site.register_blueprint(pages)
site.register_blueprint(accounts)
