from bottle import Bottle, abort, auth_basic, request

from svc.store import rows

app = Bottle()
admin = Bottle()


def check_credentials(user, password):
    return user == "desk" and password == lookup_secret(user)


def lookup_secret(user):
    return None


@admin.hook("before_request")
def staff_only():
    if request.get_cookie("role", secret="k") != "staff":
        abort(403, "staff only")


@app.get("/trades/<trade_id>")
def trade(trade_id):  # expect
    return {"rows": rows("trade", trade_id)}


@app.get("/fees/<account>")
@auth_basic(check_credentials)
def fees(account):  # quiet
    return {"rows": rows("fees", account)}


@admin.route("/users")
def users():  # quiet
    return {"rows": rows("users")}
