"""The database handle: a module-level singleton."""
import sqlite3


class Store:
    def __init__(self, path):
        self.conn = sqlite3.connect(path)

    def query(self, sql, params=()):
        return self.conn.execute(sql, params).fetchall()


DB = Store("/srv/fundadmin/nav.db")


def open_db():
    return sqlite3.connect("/srv/fundadmin/nav.db")
