"""The repositories' base: a DB-API cursor and the queries every table has."""

import sqlite3

from ..settings import DB_PATH


def open_cursor():
    return sqlite3.connect(DB_PATH).cursor()


class BaseRepository:
    table = "mandates"

    def __init__(self, cursor):
        self.cursor = cursor

    def query(self, sql, params=()):
        self.cursor.execute(sql, params)
        return self.cursor.fetchall()

    def lookup(self, name):
        return self.query(f"SELECT * FROM {self.table} WHERE name = '{name}'")

    def by_name(self, name):
        return self.query(f"SELECT * FROM {self.table} WHERE name = '{name}'")
