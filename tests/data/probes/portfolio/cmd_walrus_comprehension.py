# family: cmd 78
import subprocess

from flask import Flask, request

app = Flask(__name__)
ACCOUNTS = {"main": "ACC-001", "hedge": "ACC-002"}


@app.post("/accounts/export")
def vuln_export():
    accts = [a for raw in request.form.getlist("acct") if (a := raw.strip())]
    subprocess.run("ledger-export " + " ".join(accts), shell=True, check=True)  # sink
    return "ok"


@app.post("/accounts/export/safe")
def safe_export():
    accts = [a for raw in request.form.getlist("acct") if (a := ACCOUNTS.get(raw))]
    subprocess.run("ledger-export " + " ".join(accts), shell=True, check=True)  # sink
    return "ok"


@app.post("/accounts/close")
def vuln_close():
    if (acct := request.form.get("acct", "").upper()) and len(acct) < 12:
        subprocess.run(f"ledger-close {acct}", shell=True, check=True)  # sink
    return "ok"


@app.post("/accounts/close/safe")
def safe_close():
    if (acct := ACCOUNTS.get(request.form.get("acct", ""), "")) and len(acct) < 12:
        subprocess.run(f"ledger-close {acct}", shell=True, check=True)  # sink
    return "ok"
