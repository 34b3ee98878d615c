"""A unit of work: one connection and cursor per request, committed on success."""

import sqlite3


class UnitOfWork:
    def __init__(self, path="/srv/advisory/advisory.db"):
        self.path = path

    def __enter__(self):
        self.connection = sqlite3.connect(self.path)
        self.cursor = self.connection.cursor()
        return self

    def __exit__(self, kind, value, traceback):
        if kind is None:
            self.connection.commit()
        self.connection.close()
        return False
