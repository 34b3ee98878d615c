from bottle import abort, get, request, route

from svc.store import rows


@route("/statements/<account>")
def statements(account):  # expect
    return {"rows": rows("statements", account)}


@get("/balances/<account>")
def balances(account):  # quiet
    if request.get_cookie("session", secret="k") is None:
        abort(401, "sign in")
    return {"rows": rows("balances", account)}
