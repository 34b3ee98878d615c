import sqlite3

from ..utils.text import normalise

DB = "/srv/office/reports.db"


def _connect():
    return sqlite3.connect(DB)


def by_owner(owner):
    sql = f"SELECT id, title FROM reports WHERE owner = '{normalise(owner)}'"
    return _connect().execute(sql).fetchall()


def by_owner_bound(owner):
    return _connect().execute("SELECT id, title FROM reports WHERE owner = ?", (normalise(owner),)).fetchall()


class ReportQueries:
    table = "reports"

    @staticmethod
    def where(column, value):
        return f"{column} = '{value}'"

    @classmethod
    def select(cls, clause):
        return f"SELECT id FROM {cls.table} WHERE {clause}"
