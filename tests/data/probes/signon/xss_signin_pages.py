# family: xss 79
from flask import Flask, request
from markupsafe import escape

app = Flask(__name__)


@app.post("/signin/form")
def vuln_unknown_account() -> object:
    email = request.form.get("email", "")
    return f"<p>No client account is registered for {email}.</p><a href='/signin'>Try again</a>"  # sink


@app.post("/signin/form/escaped")
def safe_unknown_account() -> object:
    email = request.form.get("email", "")
    return f"<p>No client account is registered for {escape(email)}.</p><a href='/signin'>Try again</a>"  # sink


@app.get("/sso/error")
def vuln_idp_error() -> object:
    return "<h1>Sign-in failed</h1><p>" + request.args.get("error_description", "") + "</p>"  # sink


@app.get("/sso/error/escaped")
def safe_idp_error() -> object:
    return "<h1>Sign-in failed</h1><p>" + str(escape(request.args.get("error_description", ""))) + "</p>"  # sink
