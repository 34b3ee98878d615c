# family: debug 489 215
"""The analytics team's internal dashboard."""

import os

import dash
from dash import html

app = dash.Dash(__name__)
app.layout = html.Div([html.H1("Daily orders")])


def safe_run_dashboard() -> None:
    app.run(host="127.0.0.1", port=8050, debug=os.environ.get("DASH_DEBUG") == "1")


def vuln_run_dashboard() -> None:
    app.run(host="0.0.0.0", port=8050, debug=True)  # sink
