from flask import jsonify

from desk import app
from desk.store import rows


@app.route("/settings/keys")
def keys():  # quiet
    return jsonify(rows("keys"))


@app.route("/catalogue/<name>")
def catalogue(name):  # expect
    return jsonify(rows("catalogue", name))


def settings_audit():  # quiet
    return jsonify(rows("settings-audit"))


app.add_url_rule("/settings/audit", view_func=settings_audit)
