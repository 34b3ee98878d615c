# family: sql 89
import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)
DB = "/srv/onboarding/onboarding.db"


@app.get("/accounts/status")
def vuln_account_status():
    account = request.args.get("account", "")
    if not account.strip():
        abort(400)
    row = sqlite3.connect(DB).execute("SELECT status FROM accounts WHERE number = " + account).fetchone()  # sink
    return {"status": row[0] if row else None}


@app.get("/accounts/status2")
def safe_account_status():
    account = request.args.get("account", "")
    if not account.isdigit():
        abort(400)
    row = sqlite3.connect(DB).execute("SELECT status FROM accounts WHERE number = " + account).fetchone()  # sink
    return {"status": row[0] if row else None}
