from bottle import Bottle, abort, hook, request, route

from svc.store import rows


@hook("before_request")
def require_session():
    if request.get_cookie("session", secret="k") is None:
        abort(401, "sign in")


@route("/journal/<account>")
def journal(account):  # quiet
    return {"rows": rows("journal", account)}


def require_auditor():
    if request.get_cookie("role", secret="k") != "auditor":
        abort(403, "auditors only")


audit = Bottle()
audit.add_hook("before_request", require_auditor)
tally = Bottle()


@audit.get("/audit")
def audit_log():  # quiet
    return {"rows": rows("audit")}


@tally.get("/tally")
def tally_view():  # expect
    return {"rows": rows("tally")}
