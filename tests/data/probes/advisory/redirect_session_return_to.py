# family: redirect 601
import os

from flask import Flask, redirect, request, session

app = Flask(__name__)
app.secret_key = os.environ["ADVISORY_SECRET"]


@app.get("/login")
def login_form():
    session["return_to"] = request.args.get("next", "/")
    return "<form method='post'>...</form>"


@app.post("/login")
def vuln_login():
    return redirect(session.pop("return_to", "/"))  # sink


@app.post("/login/checked")
def safe_login():
    target = session.pop("return_to", "/")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/"
    return redirect(target)  # sink
