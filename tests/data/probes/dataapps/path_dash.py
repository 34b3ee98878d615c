# family: path 22 23 36 73 99
"""Downloads of the desk dashboard (Dash)."""

import os

from dash import Dash, Input, Output, callback, dcc, html

EXPORTS = "/srv/analytics/exports"
app = Dash(__name__)
app.layout = html.Div([dcc.Input(id="export-name"), dcc.Download(id="download")])


@callback(Output("download", "data"), Input("export-name", "value"))
def vuln_download_export(name):
    return dcc.send_file(os.path.join(EXPORTS, name))  # sink


@callback(Output("download", "data"), Input("export-name", "value"))
def safe_download_export(name):
    return dcc.send_file(os.path.join(EXPORTS, os.path.basename(name)))
