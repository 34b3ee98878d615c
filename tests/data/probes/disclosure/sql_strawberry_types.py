# family: sql 89
import sqlite3

import strawberry

DB = "/srv/disclosure/filings.db"


# a @strawberry.type's @strawberry.field methods: their parameters (not self, root or info) are the query's
# arguments, typed: a str is any text, an int an int
@strawberry.type
class VulnQuery:
    @strawberry.field
    def filings(self, info: strawberry.Info, issuer: str) -> list[str]:
        rows = sqlite3.connect(DB).execute(f"SELECT title FROM filings WHERE issuer = '{issuer}'")  # sink
        return [r[0] for r in rows]


@strawberry.type
class SafeQuery:
    @strawberry.field
    def filings(self, info: strawberry.Info, issuer: str) -> list[str]:
        rows = sqlite3.connect(DB).execute("SELECT title FROM filings WHERE issuer = ?", (issuer,))  # sink
        return [r[0] for r in rows]


@strawberry.type
class SafeYearQuery:
    @strawberry.field
    def filings_by_year(self, year: int) -> list[str]:
        rows = sqlite3.connect(DB).execute(f"SELECT title FROM filings WHERE year = {year}")  # sink
        return [r[0] for r in rows]


@strawberry.type
class VulnIdQuery:
    @strawberry.field
    def filing(self, filing_id: strawberry.ID) -> str:
        row = sqlite3.connect(DB).execute(f"SELECT title FROM filings WHERE id = '{filing_id}'").fetchone()  # sink
        return row[0]


# an input type: its fields typed the same way
@strawberry.input
class FilingFilter:
    issuer: str
    year: int = 2026


@strawberry.type
class VulnSearchQuery:
    @strawberry.field
    def search(self, where: FilingFilter) -> list[str]:
        sql = "SELECT title FROM filings WHERE issuer = '%s'" % where.issuer
        return [r[0] for r in sqlite3.connect(DB).execute(sql)]  # sink


@strawberry.type
class SafeSearchQuery:
    @strawberry.field
    def search(self, where: FilingFilter) -> list[str]:
        sql = "SELECT title FROM filings WHERE year = %d" % where.year
        return [r[0] for r in sqlite3.connect(DB).execute(sql)]  # sink
