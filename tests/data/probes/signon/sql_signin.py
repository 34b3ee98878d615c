# family: sql 89
import sqlite3

from flask import Flask, request
from werkzeug.security import check_password_hash

app = Flask(__name__)
DB = "/var/lib/signon/users.db"


@app.post("/signin/sql")
def vuln_signin_lookup() -> object:
    with sqlite3.connect(DB) as conn:
        row = conn.execute(f"SELECT id, password_hash FROM users WHERE email = '{request.form['email']}'").fetchone()  # sink
    if row is None or not check_password_hash(row[1], request.form["password"]):
        return "wrong e-mail or password", 401
    return "signed in"


@app.post("/signin/sql/bound")
def safe_signin_lookup() -> object:
    with sqlite3.connect(DB) as conn:
        row = conn.execute("SELECT id, password_hash FROM users WHERE email = ?", (request.form["email"],)).fetchone()
    if row is None or not check_password_hash(row[1], request.form["password"]):
        return "wrong e-mail or password", 401
    return "signed in"


@app.post("/reset/sql")
def vuln_reset_lookup() -> object:
    token = request.args["token"]
    with sqlite3.connect(DB) as conn:
        row = conn.execute("SELECT user_id FROM resets WHERE token = '%s' AND used = 0" % token).fetchone()  # sink
    return {"valid": row is not None}


@app.post("/reset/sql/bound")
def safe_reset_lookup() -> object:
    token = request.args["token"]
    with sqlite3.connect(DB) as conn:
        row = conn.execute("SELECT user_id FROM resets WHERE token = ? AND used = 0", (token,)).fetchone()
    return {"valid": row is not None}
