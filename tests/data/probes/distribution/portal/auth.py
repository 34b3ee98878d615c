"""Who is calling: flask.g and Flask-Login helpers."""
from flask import g, request
from flask_login import current_user


def load_caller():
    """Run before each request (app.before_request(load_caller))."""
    g.desk = request.headers.get("X-Desk", "")
    g.desk_id = current_user.desk_id if current_user.is_authenticated else 0


def caller_desk():
    return request.headers.get("X-Desk", "")


def caller_desk_id():
    return current_user.desk_id
