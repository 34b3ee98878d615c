# family: sql 89
import sqlite3
from urllib.parse import parse_qs

import psycopg2

DB = "/var/lib/intranet/desk.db"
DSN = "dbname=desk"
DESKS = frozenset({"rates", "credit", "fx"})


def vuln_positions(environ, start_response):
    qs = parse_qs(environ["QUERY_STRING"])
    account = qs.get("account", [""])[0]
    conn = sqlite3.connect(DB)
    rows = conn.execute("SELECT * FROM positions WHERE account = '%s'" % account).fetchall()  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [repr(rows).encode()]


def safe_positions(environ, start_response):
    qs = parse_qs(environ["QUERY_STRING"])
    account = qs.get("account", [""])[0]
    conn = sqlite3.connect(DB)
    rows = conn.execute("SELECT * FROM positions WHERE account = ?", (account,)).fetchall()  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [repr(rows).encode()]


def vuln_trade(environ, start_response):
    trade_id = environ["PATH_INFO"].rstrip("/").rsplit("/", 1)[-1]
    cur = psycopg2.connect(DSN).cursor()
    cur.execute("SELECT * FROM trades WHERE id = %s" % trade_id)  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [repr(cur.fetchone()).encode()]


def safe_trade(environ, start_response):
    trade_id = int(environ["PATH_INFO"].rstrip("/").rsplit("/", 1)[-1])
    cur = psycopg2.connect(DSN).cursor()
    cur.execute("SELECT * FROM trades WHERE id = %d" % trade_id)  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [repr(cur.fetchone()).encode()]


def vuln_book_note(environ, start_response):
    length = int(environ.get("CONTENT_LENGTH") or 0)
    form = parse_qs(environ["wsgi.input"].read(length).decode("utf-8"))
    note = form["note"][0]
    cur = psycopg2.connect(DSN).cursor()
    cur.execute("UPDATE books SET note = '%s' WHERE id = 1" % note)  # sink
    start_response("204 No Content", [])
    return [b""]


def safe_book_note(environ, start_response):
    length = int(environ.get("CONTENT_LENGTH") or 0)
    form = parse_qs(environ["wsgi.input"].read(length).decode("utf-8"))
    note = form["note"][0]
    cur = psycopg2.connect(DSN).cursor()
    cur.execute("UPDATE books SET note = %s WHERE id = 1", (note,))  # sink
    start_response("204 No Content", [])
    return [b""]


def vuln_desk_limits(environ, start_response):
    desk = environ.get("HTTP_X_DESK", "")
    sql = "SELECT * FROM limits WHERE desk = '{}'".format(desk)
    rows = sqlite3.connect(DB).execute(sql).fetchall()  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [repr(rows).encode()]


def safe_desk_limits(environ, start_response):
    desk = environ.get("HTTP_X_DESK", "")
    if desk not in DESKS:
        start_response("400 Bad Request", [])
        return [b"unknown desk"]
    sql = "SELECT * FROM limits WHERE desk = '{}'".format(desk)
    rows = sqlite3.connect(DB).execute(sql).fetchall()  # sink
    start_response("200 OK", [("Content-Type", "text/plain")])
    return [repr(rows).encode()]


def application(environ, start_response):
    routes = {"/positions": safe_positions, "/notes": safe_book_note, "/limits": safe_desk_limits}
    handler = routes.get(environ.get("PATH_INFO", ""), safe_trade)
    return handler(environ, start_response)
