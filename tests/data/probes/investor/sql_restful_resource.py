# family: sql 89
import sqlite3

from flask import Flask
from flask_restful import Api, Resource, reqparse

app = Flask(__name__)
api = Api(app)
DB = "/srv/ir/portal.db"


# a Resource's get(self, isin): the route's variable part, passed by add_resource's rule
class VulnHolding(Resource):
    def get(self, isin):
        con = sqlite3.connect(DB)
        return con.execute(f"SELECT holder, shares FROM holdings WHERE isin = '{isin}'").fetchall()  # sink


class SafeHolding(Resource):
    def get(self, isin):
        con = sqlite3.connect(DB)
        return con.execute("SELECT holder, shares FROM holdings WHERE isin = ?", (isin,)).fetchall()  # sink


api.add_resource(VulnHolding, "/holdings/<isin>")
api.add_resource(SafeHolding, "/holdings/safe/<isin>")

# reqparse reads the query, form or JSON body under the names it is given
parser = reqparse.RequestParser()
parser.add_argument("holder", type=str, location="args")


class VulnHolderSearch(Resource):
    def get(self):
        args = parser.parse_args()
        con = sqlite3.connect(DB)
        return con.execute("SELECT isin FROM holdings WHERE holder = '%s'" % args["holder"]).fetchall()  # sink


class SafeHolderSearch(Resource):
    def get(self):
        args = parser.parse_args()
        con = sqlite3.connect(DB)
        return con.execute("SELECT isin FROM holdings WHERE holder = ?", (args["holder"],)).fetchall()  # sink


api.add_resource(VulnHolderSearch, "/holders")
api.add_resource(SafeHolderSearch, "/holders/safe")
