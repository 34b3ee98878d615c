# family: sql 89
import sqlite3

import functions_framework

DB = "/srv/disclosure/filings.db"


# Google Cloud Functions: @functions_framework.http gets a Flask request
@functions_framework.http
def vuln_filings(request):
    issuer = request.args.get("issuer", "")
    rows = sqlite3.connect(DB).execute(f"SELECT title FROM filings WHERE issuer = '{issuer}'").fetchall()  # sink
    return {"filings": [r[0] for r in rows]}


@functions_framework.http
def safe_filings(request):
    issuer = request.args.get("issuer", "")
    rows = sqlite3.connect(DB).execute("SELECT title FROM filings WHERE issuer = ?", (issuer,)).fetchall()  # sink
    return {"filings": [r[0] for r in rows]}


@functions_framework.http
def vuln_amend(request):
    body = request.get_json(silent=True) or {}
    sqlite3.connect(DB).execute("UPDATE filings SET status = '%s' WHERE id = 1" % body.get("status"))  # sink
    return ("", 204)


@functions_framework.http
def safe_amend(request):
    body = request.get_json(silent=True) or {}
    sqlite3.connect(DB).execute("UPDATE filings SET status = ? WHERE id = 1", (body.get("status"),))  # sink
    return ("", 204)
