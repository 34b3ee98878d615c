# family: session 501
from flask import Flask, request
from flask import session as flask_session
from quart import Quart
from quart import request as quart_request
from quart import session as quart_session

app = Flask(__name__)
qapp = Quart(__name__)
DESKS = {"equity": "equity", "credit": "credit"}


# the framework's session imported under another name is still the session
@app.route("/desk/keep", methods=["POST"])
def vuln_keep_desk():
    flask_session["desk"] = request.form["desk"]  # sink
    return "ok"


@app.route("/desk/keep/safe", methods=["POST"])
def safe_keep_desk():
    flask_session["desk"] = DESKS.get(request.form["desk"], "equity")  # sink
    return "ok"


@qapp.route("/desk/remember", methods=["POST"])
async def vuln_remember_desk():
    quart_session["desk"] = (await quart_request.form)["desk"]  # sink
    return "ok"


@qapp.route("/desk/remember/safe", methods=["POST"])
async def safe_remember_desk():
    quart_session["desk"] = DESKS.get((await quart_request.form)["desk"], "equity")  # sink
    return "ok"


# a dict of the module named like a session: what the view returns, kept nowhere
@app.route("/desk/preview", methods=["POST"])
def safe_preview_desk():
    preview_session = {}
    preview_session["desk"] = request.form["desk"]  # sink
    return {"preview": preview_session}
