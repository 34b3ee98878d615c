# family: header 113 20
from flask import Flask, make_response, request

app = Flask(__name__)
LANGS = {"en", "de", "ja"}


@app.route("/lang")
def vuln_lang():
    resp = make_response("ok")
    resp.headers["Content-Language"] = request.args.get("lang", "en")  # sink
    return resp


@app.route("/lang/safe")
def safe_lang():
    lang = request.args.get("lang", "en")
    if lang not in LANGS:
        lang = "en"
    resp = make_response("ok")
    resp.headers["Content-Language"] = lang  # sink
    return resp


@app.route("/theme")
def vuln_theme():
    resp = make_response("ok")
    resp.set_cookie("theme", request.args["theme"])  # sink
    return resp
