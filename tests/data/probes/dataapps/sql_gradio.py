# family: sql 89
"""The analysts' Gradio lookup tools over the warehouse."""

import sqlite3

import gradio as gr
import pandas as pd

DB = "warehouse.db"
DESKS = ["rates", "credit", "equities"]


def vuln_issuer_lookup(ticker):
    conn = sqlite3.connect(DB)
    return pd.read_sql(f"SELECT * FROM issuers WHERE ticker = '{ticker}'", conn)  # sink


def safe_issuer_lookup(ticker):
    conn = sqlite3.connect(DB)
    return pd.read_sql("SELECT * FROM issuers WHERE ticker = ?", conn, params=(ticker,))


def vuln_desk_positions(desk, day):
    conn = sqlite3.connect(DB)
    return conn.execute(f"SELECT * FROM positions WHERE desk = '{desk}' AND day = '{day}'").fetchall()  # sink


def safe_desk_positions(desk, day):
    if desk not in DESKS:
        raise gr.Error("unknown desk")
    conn = sqlite3.connect(DB)
    return conn.execute(f"SELECT * FROM positions WHERE desk = '{desk}' AND day = ?", (day,)).fetchall()


def vuln_recent_trades(limit):
    conn = sqlite3.connect(DB)
    return conn.execute("SELECT * FROM trades ORDER BY ts DESC LIMIT %s" % limit).fetchall()  # sink


def safe_recent_trades(limit):
    conn = sqlite3.connect(DB)
    return conn.execute("SELECT * FROM trades ORDER BY ts DESC LIMIT %d" % int(limit)).fetchall()


def vuln_counterparty_search(name, request: gr.Request):
    conn = sqlite3.connect(DB)
    return conn.execute("SELECT * FROM counterparties WHERE name LIKE '%" + name + "%'").fetchall()  # sink


def safe_counterparty_search(name, request: gr.Request):
    conn = sqlite3.connect(DB)
    return conn.execute("SELECT * FROM counterparties WHERE name LIKE ?", (f"%{name}%",)).fetchall()


lookup = gr.Interface(fn=vuln_issuer_lookup, inputs=[gr.Textbox(label="Ticker")], outputs=gr.Dataframe())
safe_lookup = gr.Interface(safe_issuer_lookup, [gr.Textbox(label="Ticker")], gr.Dataframe())

with gr.Blocks() as demo:
    desk_box = gr.Dropdown(DESKS, label="Desk")
    day_box = gr.Textbox(label="Day")
    limit_box = gr.Textbox(label="Rows")
    name_box = gr.Textbox(label="Counterparty")
    table = gr.Dataframe()
    show = gr.Button("Show")
    show.click(vuln_desk_positions, inputs=[desk_box, day_box], outputs=table)
    show.click(fn=safe_desk_positions, inputs=[desk_box, day_box], outputs=table)
    gr.on(triggers=[limit_box.submit], fn=vuln_recent_trades, inputs=limit_box, outputs=table)
    gr.on(triggers=[limit_box.submit], fn=safe_recent_trades, inputs=limit_box, outputs=table)
    name_box.submit(vuln_counterparty_search, name_box, table)
    name_box.submit(safe_counterparty_search, name_box, table)
