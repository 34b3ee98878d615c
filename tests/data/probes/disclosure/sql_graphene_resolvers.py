# family: sql 89
import sqlite3

import graphene

DB = "/srv/disclosure/filings.db"


# a graphene ObjectType's resolve_<field>(root, info, **arguments): the arguments are the client's query
class VulnFilingQuery(graphene.ObjectType):
    filings = graphene.List(graphene.String, issuer=graphene.String(required=True))

    def resolve_filings(root, info, issuer):
        rows = sqlite3.connect(DB).execute(f"SELECT title FROM filings WHERE issuer = '{issuer}'")  # sink
        return [r[0] for r in rows]


class SafeFilingQuery(graphene.ObjectType):
    filings = graphene.List(graphene.String, issuer=graphene.String(required=True))

    def resolve_filings(root, info, issuer):
        rows = sqlite3.connect(DB).execute("SELECT title FROM filings WHERE issuer = ?", (issuer,))  # sink
        return [r[0] for r in rows]


# an argument declared graphene.Int arrives as an int (graphene refuses anything else)
class SafeYearQuery(graphene.ObjectType):
    filings_by_year = graphene.List(graphene.String, year=graphene.Int(required=True))

    def resolve_filings_by_year(self, info, year):
        rows = sqlite3.connect(DB).execute(f"SELECT title FROM filings WHERE year = {year}")  # sink
        return [r[0] for r in rows]


class VulnPeriodQuery(graphene.ObjectType):
    filings_by_period = graphene.List(graphene.String, period=graphene.String(required=True))

    def resolve_filings_by_period(self, info, period):
        rows = sqlite3.connect(DB).execute(f"SELECT title FROM filings WHERE period = '{period}'")  # sink
        return [r[0] for r in rows]


# declared with graphene.Argument(graphene.Int, ...)
class SafeLimitQuery(graphene.ObjectType):
    latest = graphene.List(graphene.String, limit=graphene.Argument(graphene.Int, default_value=10))

    @staticmethod
    def resolve_latest(root, info, limit):
        rows = sqlite3.connect(DB).execute(f"SELECT title FROM filings ORDER BY filed DESC LIMIT {limit}")  # sink
        return [r[0] for r in rows]


# **arguments: every declared argument by its name
class VulnKeywordQuery(graphene.ObjectType):
    filing = graphene.String(isin=graphene.String())

    def resolve_filing(root, info, **kwargs):
        isin = kwargs.get("isin", "")
        row = sqlite3.connect(DB).execute("SELECT title FROM filings WHERE isin = '%s'" % isin).fetchone()  # sink
        return row[0] if row else None


class SafeKeywordQuery(graphene.ObjectType):
    filing = graphene.String(isin=graphene.String())

    def resolve_filing(root, info, **kwargs):
        isin = kwargs.get("isin", "")
        row = sqlite3.connect(DB).execute("SELECT title FROM filings WHERE isin = ?", (isin,)).fetchone()  # sink
        return row[0] if row else None
