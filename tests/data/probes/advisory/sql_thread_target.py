# family: sql 89
import sqlite3
import threading

from flask import Flask, request

app = Flask(__name__)


def refresh_valuation(account):
    db = sqlite3.connect("/srv/advisory/advisory.db")
    db.execute(f"UPDATE valuations SET stale = 1 WHERE account = {account}")  # sink
    db.commit()


@app.post("/valuations/refresh")
def vuln_refresh():
    threading.Thread(target=refresh_valuation, args=(request.form["account"],), daemon=True).start()
    return "", 202


@app.post("/valuations/refresh/int")
def safe_refresh():
    threading.Thread(target=refresh_valuation, args=(int(request.form["account"]),), daemon=True).start()
    return "", 202
