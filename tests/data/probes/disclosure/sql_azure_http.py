# family: sql 89
import sqlite3

import azure.functions as func

DB = "/srv/disclosure/filings.db"


# Azure Functions (the v1 model: function.json binds the request to the entry point's parameter)
def vuln_filings(req: func.HttpRequest) -> func.HttpResponse:
    issuer = req.params.get("issuer", "")
    rows = sqlite3.connect(DB).execute(f"SELECT title FROM filings WHERE issuer = '{issuer}'").fetchall()  # sink
    return func.HttpResponse("\n".join(r[0] for r in rows))


def safe_filings(req: func.HttpRequest) -> func.HttpResponse:
    issuer = req.params.get("issuer", "")
    rows = sqlite3.connect(DB).execute("SELECT title FROM filings WHERE issuer = ?", (issuer,)).fetchall()  # sink
    return func.HttpResponse("\n".join(r[0] for r in rows))


def vuln_amend(req: func.HttpRequest) -> func.HttpResponse:
    status = req.get_json().get("status")
    sqlite3.connect(DB).execute(f"UPDATE filings SET status = '{status}'")  # sink
    return func.HttpResponse(status_code=204)


def safe_amend(req: func.HttpRequest) -> func.HttpResponse:
    status = req.get_json().get("status")
    sqlite3.connect(DB).execute("UPDATE filings SET status = ?", (status,))  # sink
    return func.HttpResponse(status_code=204)


# the parameter unannotated, as function.json names it
def vuln_issuer(req):
    lei = req.route_params.get("lei")
    row = sqlite3.connect(DB).execute("SELECT name FROM issuers WHERE lei = '%s'" % lei).fetchone()  # sink
    return func.HttpResponse(row[0])


def safe_issuer(req):
    lei = req.route_params.get("lei")
    row = sqlite3.connect(DB).execute("SELECT name FROM issuers WHERE lei = ?", (lei,)).fetchone()  # sink
    return func.HttpResponse(row[0])
