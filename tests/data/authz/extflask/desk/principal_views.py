"""Flask-Principal: Permission(...).require() refuses (403) an identity without the needs, as a decorator
or as a context manager; reading the identity decides nothing."""

from flask import Flask, jsonify
from flask_principal import Permission, RoleNeed, identity_loaded

from desk.models import load_deals, load_totals

app = Flask(__name__)
admin_permission = Permission(RoleNeed("admin"))
editors = Permission(RoleNeed("editor"))


@app.route("/admin/deals")
@admin_permission.require(http_exception=403)
def admin_deals():  # quiet
    return jsonify(load_deals())


@app.route("/admin/totals")
def admin_totals():  # quiet
    with editors.require(http_exception=403):
        return jsonify(load_totals())


@app.route("/admin/open")
def admin_open():  # expect
    return jsonify(load_totals())


@identity_loaded.connect_via(app)
def on_identity_loaded(sender, identity):
    identity.provides.add(RoleNeed("viewer"))
