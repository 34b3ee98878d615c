"""Bottle: decorators and plugins given to a route's apply=[...] wrap its handler."""

from bottle import abort, request, route

from svc.store import rows


def signed_in(callback):
    def wrapper(*args, **kwargs):
        if request.get_cookie("session", secret="k") is None:
            abort(401, "sign in")
        return callback(*args, **kwargs)

    return wrapper


def timed(callback):
    def wrapper(*args, **kwargs):
        return callback(*args, **kwargs)

    return wrapper


class StaffPlugin:
    name = "staff"
    api = 2

    def apply(self, callback, route):
        def wrapper(*args, **kwargs):
            if request.get_cookie("staff", secret="k") is None:
                abort(403, "staff only")
            return callback(*args, **kwargs)

        return wrapper


@route("/limits/<account>", apply=[signed_in])
def limits(account):  # quiet
    return {"rows": rows("limits", account)}


@route("/fees/<account>", apply=[StaffPlugin()])
def fees(account):  # quiet
    return {"rows": rows("fees", account)}


@route("/rates/<account>", apply=[timed])
def rates(account):  # expect
    return {"rows": rows("rates", account)}
