# family: sql 89
"""A Panel app of the credit desk over the warehouse."""

import sqlite3

import pandas as pd
import panel as pn

desk_input = pn.widgets.TextInput(name="Desk")
rating_input = pn.widgets.TextInput(name="Rating")


def vuln_desk_book(desk):
    conn = sqlite3.connect("warehouse.db")
    return pd.read_sql(f"SELECT * FROM book WHERE desk = '{desk}'", conn)  # sink


def safe_desk_book(desk):
    conn = sqlite3.connect("warehouse.db")
    return pd.read_sql("SELECT * FROM book WHERE desk = ?", conn, params=(desk,))


def vuln_rated_issuers():
    conn = sqlite3.connect("warehouse.db")
    return conn.execute(f"SELECT name FROM issuers WHERE rating = '{rating_input.value}'").fetchall()  # sink


def safe_rated_issuers():
    conn = sqlite3.connect("warehouse.db")
    return conn.execute("SELECT name FROM issuers WHERE rating = ?", (rating_input.value,)).fetchall()


def vuln_book_from_link():
    desk = pn.state.session_args.get("desk", [b"rates"])[0].decode()
    conn = sqlite3.connect("warehouse.db")
    return conn.execute(f"SELECT * FROM book WHERE desk = '{desk}'").fetchall()  # sink


def safe_book_from_link():
    desk = pn.state.session_args.get("desk", [b"rates"])[0].decode()
    conn = sqlite3.connect("warehouse.db")
    return conn.execute("SELECT * FROM book WHERE desk = ?", (desk,)).fetchall()


pn.Row(desk_input, pn.bind(vuln_desk_book, desk_input), pn.bind(safe_desk_book, desk=desk_input)).servable()
pn.Row(rating_input, vuln_rated_issuers, safe_rated_issuers).servable()
