# family: debug 489 215
import os

from flask import Flask
from werkzeug.serving import run_simple

app = Flask(__name__)


def vuln_serve():
    app.run(host="127.0.0.1", port=8080, debug=True)  # sink


def safe_serve():
    app.run(host="127.0.0.1", port=8080, debug=os.environ.get("REGISTRY_DEBUG") == "1")  # sink


def vuln_serve_wsgi(wsgi_app):
    run_simple("127.0.0.1", 8081, wsgi_app, use_debugger=True, use_reloader=True)  # sink


def safe_serve_wsgi(wsgi_app):
    run_simple("127.0.0.1", 8081, wsgi_app, use_reloader=True)  # sink


def vuln_configure(flask_app):
    flask_app.config["DEBUG"] = True  # sink
    flask_app.config["PROPAGATE_EXCEPTIONS"] = True
    return flask_app


def safe_configure(flask_app):
    flask_app.config["DEBUG"] = False  # sink
    return flask_app
