# family: sql 89
import sqlite3

from ariadne import ObjectType, QueryType

DB = "/srv/disclosure/filings.db"
query = QueryType()
filing = ObjectType("Filing")


# ariadne: a resolver (obj, info, **arguments) bound with @query.field("name"): the arguments are the client's
@query.field("filings")
def vuln_resolve_filings(_, info, issuer):
    rows = sqlite3.connect(DB).execute(f"SELECT title FROM filings WHERE issuer = '{issuer}'")  # sink
    return [r[0] for r in rows]


@query.field("safeFilings")
def safe_resolve_filings(_, info, issuer):
    rows = sqlite3.connect(DB).execute("SELECT title FROM filings WHERE issuer = ?", (issuer,))  # sink
    return [r[0] for r in rows]


@query.field("filing")
def vuln_resolve_filing(obj, info, **kwargs):
    row = sqlite3.connect(DB).execute("SELECT * FROM filings WHERE isin = '" + kwargs["isin"] + "'").fetchone()  # sink
    return dict(row)


@query.field("safeFiling")
def safe_resolve_filing(obj, info, **kwargs):
    row = sqlite3.connect(DB).execute("SELECT * FROM filings WHERE isin = ?", (kwargs["isin"],)).fetchone()  # sink
    return dict(row)


# bound by a call instead of the decorator
def vuln_resolve_issuer(_, info, lei):
    return sqlite3.connect(DB).execute(f"SELECT name FROM issuers WHERE lei = '{lei}'").fetchone()  # sink


def safe_resolve_issuer(_, info, lei):
    return sqlite3.connect(DB).execute("SELECT name FROM issuers WHERE lei = ?", (lei,)).fetchone()  # sink


query.set_field("issuer", vuln_resolve_issuer)
query.set_field("safeIssuer", safe_resolve_issuer)
