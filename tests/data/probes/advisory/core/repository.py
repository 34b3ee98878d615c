"""Data access of the advisory portal: repositories wrap a DB-API cursor."""

import sqlite3

DB = "/srv/advisory/advisory.db"


class HoldingsRepository:
    def __init__(self, cursor):
        self.cursor = cursor

    def for_client(self, client):
        self.cursor.execute(f"SELECT isin, quantity FROM holdings WHERE client = '{client}'")
        return self.cursor.fetchall()

    def for_client_bound(self, client):
        self.cursor.execute("SELECT isin, quantity FROM holdings WHERE client = ?", (client,))
        return self.cursor.fetchall()


def open_cursor():
    return sqlite3.connect(DB).cursor()
