# family: sql 89
import sqlite3

from flask import Flask, abort, request

app = Flask(__name__)


class ClientLookup:
    def __init__(self):
        self.db = sqlite3.connect("/srv/advisory/advisory.db")

    def by_code(self, value):
        return self.db.execute(f"SELECT * FROM clients WHERE code = '{value}'").fetchall()  # sink

    def by_email(self, value):
        return self.db.execute("SELECT * FROM clients WHERE email = ?", (value,)).fetchall()


@app.get("/clients/find")
def vuln_find_client():
    finder = getattr(ClientLookup(), "by_" + request.args.get("field", "email"))
    return {"rows": finder(request.args["value"])}


@app.get("/clients/find/email")
def safe_find_client():
    if request.args.get("field", "email") != "email":
        abort(400)
    finder = getattr(ClientLookup(), "by_email")
    return {"rows": finder(request.args["value"])}
