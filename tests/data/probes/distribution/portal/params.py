"""A small reader of the request's query and form values, used by the views instead of request.values."""
from flask import request


class Params:
    def __init__(self, req=None):
        self.req = req or request

    def text(self, name, default=""):
        return self.req.values.get(name, default)

    def number(self, name, default=0):
        return self.req.values.get(name, default, type=int)

    def choice(self, name, allowed, default):
        value = self.req.values.get(name, default)
        return value if value in allowed else default
