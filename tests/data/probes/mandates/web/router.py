"""A REST layer that routes a path to its handler: Router.execute is the project's, not a database's."""

import sqlite3


class Router:
    routes: dict = {}

    @classmethod
    def execute(cls, instance, path, method):
        return cls.routes[(path, method)](instance)


class Api:
    def __init__(self, db_path, desk=None):
        self.db = sqlite3.connect(db_path)
        self.desk = desk

    def dispatch(self, method, path):
        return Router.execute(self, path.strip("/"), method.upper())

    def raw(self, where):
        return self.db.execute("SELECT * FROM mandates WHERE " + where).fetchall()
