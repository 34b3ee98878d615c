# family: sql 89
import sqlite3

from flask import Flask, request

app = Flask(__name__)


@app.post("/badges/revoke")
def vuln_revoke_badges():
    ids = request.form.getlist("badge")
    db = sqlite3.connect("badges.db")
    db.execute("UPDATE badges SET active = 0 WHERE id IN (" + ", ".join(ids) + ")")  # sink
    db.commit()
    return "revoked"


@app.post("/badges/revoke/safe")
def safe_revoke_badges():
    ids = request.form.getlist("badge")
    marks = ", ".join("?" for _ in ids)
    db = sqlite3.connect("badges.db")
    db.execute(f"UPDATE badges SET active = 0 WHERE id IN ({marks})", ids)  # sink
    db.commit()
    return "revoked"
