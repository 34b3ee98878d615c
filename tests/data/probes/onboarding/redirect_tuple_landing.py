# family: redirect 601
from flask import Flask, redirect, request

app = Flask(__name__)
LANDING = ("/welcome", "/documents", "/advisers")


@app.get("/after-signup")
def vuln_after_signup():
    target = request.args.get("next", "/welcome")
    if not target.endswith(LANDING):
        target = "/welcome"
    return redirect(target)  # sink


@app.get("/after-signup2")
def safe_after_signup():
    target = request.args.get("next", "/welcome")
    if target not in LANDING:
        target = "/welcome"
    return redirect(target)  # sink
