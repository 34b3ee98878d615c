# family: sql 89
import sqlite3

from jsonrpcserver import Success, method

DB = "/srv/disclosure/filings.db"


# jsonrpcserver: a @method's parameters are the request's params
@method
def vuln_filings(issuer):
    rows = sqlite3.connect(DB).execute(f"SELECT title FROM filings WHERE issuer = '{issuer}'").fetchall()  # sink
    return Success([r[0] for r in rows])


@method
def safe_filings(issuer):
    rows = sqlite3.connect(DB).execute("SELECT title FROM filings WHERE issuer = ?", (issuer,)).fetchall()  # sink
    return Success([r[0] for r in rows])


@method(name="filings.byIsin")
def vuln_by_isin(isin):
    rows = sqlite3.connect(DB).execute("SELECT title FROM filings WHERE isin = '%s'" % isin).fetchall()  # sink
    return Success([r[0] for r in rows])


@method(name="filings.byIsinSafe")
def safe_by_isin(isin):
    rows = sqlite3.connect(DB).execute("SELECT title FROM filings WHERE isin = ?", (isin,)).fetchall()  # sink
    return Success([r[0] for r in rows])
