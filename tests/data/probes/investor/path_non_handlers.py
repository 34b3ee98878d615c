# family: path 22 23 36 73 99
import os

import cherrypy
import tornado.web
from flask_restful import Resource
from sanic.views import HTTPMethodView

REGISTERS = "/srv/ir/registers"
TABLES = {"holders": "shareholders.csv", "filings": "filings.csv"}


# classes with handler-like method names that no framework calls: their callers pass the code's values
class SafeRegisterCache:
    def get(self, table):
        with open(os.path.join(REGISTERS, table)) as rows:
            return sum(1 for _ in rows)

    def holders(self):
        return self.get(TABLES["holders"])


class SafeDeckIndex:
    def get(self, request, table):
        with open(os.path.join(REGISTERS, table)) as rows:
            return sum(1 for _ in rows)

    def filings(self):
        return self.get(None, TABLES["filings"])


class SafeExposedHelper:
    def GET(self, table):
        with open(os.path.join(REGISTERS, table)) as rows:
            return sum(1 for _ in rows)

    def filings(self):
        return self.GET(TABLES["filings"])


class SafeCounter:
    def count(self, table):
        with open(os.path.join(REGISTERS, table)) as rows:
            return sum(1 for _ in rows)


class SafeFilingsResource(Resource):
    def get(self):
        return {"filings": SafeCounter().count(TABLES["filings"])}


class SafeStatusHandler(tornado.web.RequestHandler):
    def get(self):
        self.write({"holders": SafeRegisterCache().holders()})


class SafeDeckView(HTTPMethodView):
    async def get(self, request):
        return {"filings": SafeDeckIndex().filings()}


class SafeRoot:
    @cherrypy.expose
    def index(self):
        return str(SafeExposedHelper().filings())
