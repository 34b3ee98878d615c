# family: redirect 601
from flask import Flask, redirect, request

app = Flask(__name__)
LANDING = {"notes": "/notes", "reports": "/reports", "calendar": "/calendar"}


@app.get("/switch")
def vuln_switch_area():
    return redirect(request.args.get("to", "/notes"))  # sink


@app.get("/switch/safe")
def safe_switch_area():
    return redirect(LANDING.get(request.args.get("to", ""), "/notes"))  # sink
