# family: mass 915
from flask import Flask, request

from .models import User, db

app = Flask(__name__)


@app.post("/account")
def vuln_update_account():
    user = User.query.get(request.args["id"])
    data = request.get_json()
    for field, value in data.items():
        setattr(user, field, value)  # sink
    db.session.commit()
    return {"ok": True}


@app.post("/account/safe")
def safe_update_account():
    user = User.query.get(request.args["id"])
    data = request.get_json()
    user.email = data["email"]  # sink
    user.display_name = data["display_name"]
    db.session.commit()
    return {"ok": True}
