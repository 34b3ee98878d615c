# family: cmd 78
import subprocess

from flask import Blueprint, Flask, abort, request

bp = Blueprint("ops", __name__)
PRINTERS = {"floor3": "hp-floor3", "mailroom": "xerox-mail"}


def vuln_print_pack():
    printer = request.form["printer"]
    subprocess.run("lp -d " + printer + " /srv/advisory/out/pack.pdf", shell=True, check=True)  # sink
    return "", 204


def safe_print_pack():
    printer = PRINTERS.get(request.form["printer"])
    if printer is None:
        abort(400)
    subprocess.run("lp -d " + printer + " /srv/advisory/out/pack.pdf", shell=True, check=True)  # sink
    return "", 204


def create_app():
    app = Flask(__name__)
    bp.add_url_rule("/print", view_func=vuln_print_pack, methods=["POST"])
    bp.add_url_rule("/print/checked", view_func=safe_print_pack, methods=["POST"])
    app.register_blueprint(bp, url_prefix="/ops")
    return app
