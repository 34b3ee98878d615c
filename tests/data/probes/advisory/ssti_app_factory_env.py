# family: ssti 1336 94
from flask import Flask, current_app, request


def vuln_preview_note():
    return current_app.jinja_env.from_string(request.form["body"]).render()  # sink


def safe_preview_note():
    return current_app.jinja_env.from_string("<article>{{ body }}</article>").render(body=request.form["body"])  # sink


def create_app():
    app = Flask(__name__)
    app.add_url_rule("/notes/preview", view_func=vuln_preview_note, methods=["POST"])
    app.add_url_rule("/notes/preview/safe", view_func=safe_preview_note, methods=["POST"])
    return app
