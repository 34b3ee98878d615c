# family: sql 89
import sqlite3

from flask_restful import Resource, reqparse

DB = "/srv/ir/portal.db"

paging = reqparse.RequestParser()
paging.add_argument("limit", type=int, default=20, location="args")
paging.add_argument("issuer", type=str, location="args")
paging.add_argument("order", choices=("published", "title"), default="published", location="args")


# reqparse converts an argument declared type=int (or answers 400)
class SafeFilingsPage(Resource):
    def get(self):
        args = paging.parse_args()
        con = sqlite3.connect(DB)
        return con.execute(f"SELECT title FROM filings LIMIT {args['limit']}").fetchall()  # sink


class VulnFilingsByIssuer(Resource):
    def get(self):
        args = paging.parse_args()
        con = sqlite3.connect(DB)
        return con.execute(f"SELECT title FROM filings WHERE issuer = '{args['issuer']}'").fetchall()  # sink


# choices=: one of the parser's constants (or 400)
class SafeFilingsOrdered(Resource):
    def get(self):
        args = paging.parse_args()
        con = sqlite3.connect(DB)
        return con.execute(f"SELECT title FROM filings ORDER BY {args['order']}").fetchall()  # sink


class VulnFilingsOrderedBy(Resource):
    def get(self):
        args = paging.parse_args()
        con = sqlite3.connect(DB)
        return con.execute(f"SELECT title FROM filings ORDER BY {args['issuer']}").fetchall()  # sink
