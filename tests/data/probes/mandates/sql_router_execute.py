# family: sql 89
from flask import request

from .settings import DB_PATH
from .web.router import Api


class VulnRawFilter:
    def __init__(self):
        self.api = Api(DB_PATH)

    def run(self):
        return self.api.raw(request.args["where"])  # sink


class SafeRoutedPath:
    def __init__(self):
        self.api = Api(DB_PATH, request.headers.get("X-Desk"))

    def run(self):
        return self.api.dispatch("GET", request.args["path"])
