# family: sql 89
import sqlite3
from concurrent.futures import ThreadPoolExecutor

from flask import Flask, abort, request

app = Flask(__name__)
executor = ThreadPoolExecutor(max_workers=4)


def recompute_fees(account):
    db = sqlite3.connect("/srv/advisory/advisory.db")
    db.execute("DELETE FROM fee_cache WHERE account = '" + account + "'")  # sink
    db.commit()


@app.post("/fees/recompute")
def vuln_recompute():
    executor.submit(recompute_fees, request.form["account"])
    return "", 202


@app.post("/fees/recompute/checked")
def safe_recompute():
    account = request.form["account"]
    if not account.isalnum():
        abort(400)
    executor.submit(recompute_fees, account)
    return "", 202
