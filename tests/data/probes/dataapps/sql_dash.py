# family: sql 89
"""P&L views of the desk dashboard (Dash) over the warehouse."""

import sqlite3

from dash import Dash, Input, Output, State, callback, dcc, html
from dash.exceptions import PreventUpdate

DESKS = ["rates", "credit", "equities"]
app = Dash(__name__)
app.layout = html.Div([dcc.Dropdown(DESKS, "rates", id="desk"), dcc.Input(id="start"), html.Div(id="pnl")])


@app.callback(Output("pnl", "children"), Input("desk", "value"), State("start", "value"))
def vuln_desk_pnl(desk, start):
    conn = sqlite3.connect("warehouse.db")
    rows = conn.execute(f"SELECT day, pnl FROM pnl WHERE desk = '{desk}' AND day >= ?", (start,)).fetchall()  # sink
    return str(rows)


@app.callback(Output("pnl", "children"), Input("desk", "value"), State("start", "value"))
def safe_desk_pnl(desk, start):
    if desk not in DESKS:
        raise PreventUpdate
    conn = sqlite3.connect("warehouse.db")
    rows = conn.execute(f"SELECT day, pnl FROM pnl WHERE desk = '{desk}' AND day >= ?", (start,)).fetchall()
    return str(rows)


@callback(Output("pnl", "children"), Input("start", "value"))
def vuln_since(start):
    conn = sqlite3.connect("warehouse.db")
    return str(conn.execute("SELECT SUM(pnl) FROM pnl WHERE day >= '%s'" % start).fetchone())  # sink


@callback(Output("pnl", "children"), Input("start", "value"))
def safe_since(start):
    conn = sqlite3.connect("warehouse.db")
    return str(conn.execute("SELECT SUM(pnl) FROM pnl WHERE day >= ?", (start,)).fetchone())
