"""Bottle: a plugin installed on an app wraps the callback of every route of that app."""

from bottle import Bottle, abort, request

from svc.store import rows

desk = Bottle()
reports = Bottle()
public = Bottle()


class SessionPlugin:
    name = "session"
    api = 2

    def apply(self, callback, route):
        def wrapper(*args, **kwargs):
            if request.get_cookie("session", secret="k") is None:
                abort(401, "sign in")
            return callback(*args, **kwargs)

        return wrapper


def staff_only(callback):
    def wrapper(*args, **kwargs):
        if request.get_cookie("role", secret="k") != "staff":
            abort(403, "staff only")
        return callback(*args, **kwargs)

    return wrapper


def json_errors(callback):
    def wrapper(*args, **kwargs):
        return callback(*args, **kwargs)

    return wrapper


desk.install(SessionPlugin())
reports.install(staff_only)
public.install(json_errors)


@desk.get("/positions/<account>")
def positions(account):  # quiet
    return {"rows": rows("positions", account)}


@reports.get("/exposure")
def exposure():  # quiet
    return {"rows": rows("exposure")}


@public.get("/quotes/<account>")
def quotes(account):  # expect
    return {"rows": rows("quotes", account)}
