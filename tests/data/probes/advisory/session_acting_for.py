# family: session 501
import os

from flask import Flask, abort, request, session

app = Flask(__name__)
app.secret_key = os.environ["ADVISORY_SECRET"]


def clients_of(adviser):
    return {"C-1001", "C-1002"} if adviser else set()


@app.post("/act-for")
def vuln_act_for():
    session["acting_for"] = request.form["client"]  # sink
    return "", 204


@app.post("/act-for/checked")
def safe_act_for():
    client = request.form["client"]
    if client not in clients_of(session.get("adviser")):
        abort(403)
    session["acting_for"] = client  # sink
    return "", 204
