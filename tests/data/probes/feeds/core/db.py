"""Database access of the feeds service: a DB-API connection per worker."""

import sqlite3

DB = "/srv/feeds/feeds.db"


def connect():
    return sqlite3.connect(DB)
