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


# the rule converts the variable part to a number before the method sees it
class SafeHoldingNumber(Resource):
    def get(self, number):
        con = sqlite3.connect(DB)
        return con.execute(f"SELECT holder, shares FROM holdings WHERE id = {number}").fetchall()  # sink


api.add_resource(VulnHolding, "/holdings/<isin>")
api.add_resource(SafeHolding, "/holdings/safe/<isin>")
api.add_resource(SafeHoldingNumber, "/holdings/number/<int:number>")

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


from flask_restx import Namespace
from flask_restx import Resource as RestxResource

ns = Namespace("registers")


@ns.route("/registers/<register>/lines")
class VulnRegisterLines(RestxResource):
    def get(self, register):
        con = sqlite3.connect(DB)
        return con.execute("SELECT * FROM register_lines WHERE register = '" + register + "'").fetchall()  # sink


@ns.route("/registers/<int:register>/lines/safe")
class SafeRegisterLines(RestxResource):
    def get(self, register):
        con = sqlite3.connect(DB)
        return con.execute("SELECT * FROM register_lines WHERE register = %d" % register).fetchall()  # sink
