"""Round 35's causes (tests/data/probes/dataapps): an analytics team's internal data apps written with Streamlit,
Gradio, Dash and Panel, each flagged shape beside the safe one it differs from."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path
from typing import Any

from tests.taintfindings import findings


def scan(cli: Any, root: Path) -> list[tuple[int, str]]:
    run = cli("scan", ".", "--no-cache", "--format", "json", "-o", "r.json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    return sorted((f["start"]["line"], f["rule"]) for f in json.loads((root / "r.json").read_text())["findings"])


def test_streamlit_widgets_and_query_parameters_are_the_clients() -> None:
    """What a text widget returns, the URL's query parameters (also the legacy call's), a selectbox that takes
    typed text, and an uploaded file are what the browser sent; a number widget and a fixed selectbox are not."""
    code = """
        import pickle
        import sqlite3

        import streamlit as st

        db = sqlite3.connect("w.db")

        def page():
            name = st.text_input("Issuer")
            db.execute(f"SELECT * FROM issuers WHERE name = '{name}'")
            db.execute(f"SELECT * FROM issuers WHERE cap > {st.number_input('Cap')}")
            fund = st.query_params.get("fund", "")
            db.execute("SELECT * FROM funds WHERE code = '%s'" % fund)
            desk = st.experimental_get_query_params()["desk"][0]
            db.execute("SELECT * FROM desks WHERE code = '" + desk + "'")
            sector = st.selectbox("Sector", ["Energy", "Utilities"], accept_new_options=True)
            db.execute(f"SELECT * FROM issuers WHERE sector = '{sector}'")
            fixed = st.selectbox("Sector", ["Energy", "Utilities"], accept_new_options=False)
            db.execute(f"SELECT * FROM issuers WHERE sector = '{fixed}'")
            upload = st.file_uploader("Model")
            return pickle.load(upload)
    """
    assert findings(code) == [("INP402", 10), ("INP402", 13), ("INP402", 15), ("INP402", 17), ("INP409", 21)]


def test_an_uploaded_file_is_a_file_object_not_a_path() -> None:
    """st.file_uploader gives a file object: pandas reads it as a file (no path, no URL); its name is the client's
    text again."""
    code = """
        import pandas as pd
        import streamlit as st

        def upload():
            sheet = st.file_uploader("Positions")
            frame = pd.read_csv(sheet)
            open(f"/srv/uploads/{sheet.name}", "wb").write(sheet.getvalue())
            return frame
    """
    assert findings(code) == [("INP404", 7)]


def test_streamlit_html_sinks() -> None:
    """Markdown with unsafe_allow_html=True, st.html and components' html render the client's markup; markdown
    without the switch shows HTML as text, and an escaped value is harmless."""
    code = """
        import html

        import streamlit as st
        import streamlit.components.v1 as components

        def page():
            note = st.text_area("Note")
            st.markdown(f"<b>{note}</b>", unsafe_allow_html=True)
            st.markdown(f"**{note}**")
            st.sidebar.markdown(f"<i>{note}</i>", unsafe_allow_html=True)
            st.html(f"<p>{note}</p>")
            components.html(f"<p>{note}</p>")
            st.markdown(f"<b>{html.escape(note)}</b>", unsafe_allow_html=True)
    """
    assert findings(code) == [("OUT401", 8), ("OUT401", 10), ("OUT401", 11), ("OUT401", 12)]


def test_gradio_event_functions_take_the_clients_values() -> None:
    """A function gr.Interface, an event listener (click, submit, change, load) or gr.on registers, or one
    decorated by an event, is called with what the client posts for its inputs; a function registered nowhere
    is not; gr.HTML shows its value as HTML."""
    code = """
        import html
        import subprocess

        import gradio as gr

        def rebuild(dataset):
            subprocess.run(f"make {dataset}", shell=True)

        def note(text):
            return gr.HTML(f"<p>{text}</p>"), gr.HTML(f"<p>{html.escape(text)}</p>")

        def unused(dataset):
            subprocess.run(f"make {dataset}", shell=True)

        ui = gr.Interface(fn=note, inputs=gr.Textbox(), outputs=gr.HTML())

        with gr.Blocks() as demo:
            box = gr.Textbox()
            gr.Button("Go").click(rebuild, inputs=[box], outputs=None)

            @box.submit(inputs=box, outputs=None)
            def tail(dataset):
                return subprocess.check_output(f"tail /var/log/{dataset}", shell=True)
    """
    assert findings(code) == [("INP401", 7), ("INP401", 23), ("OUT401", 10)]


def test_dash_callbacks_and_sinks() -> None:
    """A Dash callback's Input and State values are what the browser posts, whatever options the component
    offered; a check against the app's own list makes the value one of them. Markdown with HTML allowed, an
    iframe's srcDoc and send_file are sinks."""
    code = """
        import os
        import sqlite3

        from dash import Dash, Input, Output, State, callback, dcc, html
        from dash.exceptions import PreventUpdate

        DESKS = ["rates", "credit"]
        app = Dash(__name__)

        @app.callback(Output("o", "children"), Input("desk", "value"), State("note", "value"))
        def show(desk, note):
            sqlite3.connect("w.db").execute(f"SELECT * FROM pnl WHERE desk = '{desk}'")
            if desk not in DESKS:
                raise PreventUpdate
            sqlite3.connect("w.db").execute(f"SELECT * FROM pnl WHERE desk = '{desk}'")
            page = dcc.Markdown(note, dangerously_allow_html=True)
            plain = dcc.Markdown(note)
            return page, plain, html.Iframe(srcDoc=note)

        @callback(Output("d", "data"), Input("name", "value"))
        def download(name):
            return dcc.send_file(os.path.join("/srv/exports", name))
    """
    assert findings(code) == [("INP402", 12), ("INP404", 22), ("OUT401", 16), ("OUT401", 18)]


def test_panel_widgets_bound_functions_and_url_arguments() -> None:
    """A Panel text widget's value, the parameters of a function pn.bind feeds from widgets and the session's URL
    arguments are the client's; pn.pane.HTML shows its object as HTML."""
    code = """
        import sqlite3

        import panel as pn

        ticker = pn.widgets.TextInput(name="Ticker")

        def card(value):
            return pn.pane.HTML(f"<h3>{value}</h3>")

        def book():
            desk = pn.state.session_args.get("desk")[0].decode()
            sqlite3.connect("w.db").execute(f"SELECT * FROM book WHERE desk = '{desk}'")
            return pn.pane.HTML(f"<b>{ticker.value}</b>")

        def unbound(value):
            return pn.pane.HTML(f"<h3>{value}</h3>")

        pn.Column(ticker, pn.bind(card, ticker), book).servable()
    """
    assert findings(code) == [("INP402", 12), ("OUT401", 8), ("OUT401", 13)]


def test_functions_in_a_module_level_with_block_are_the_modules() -> None:
    """A function defined in a `with` block at the top of a module (`with gr.Blocks() as demo:`, nested
    `with gr.Row():`) is one of the module's functions: its decorators and registrations count as at the top."""
    code = """
        import os

        from flask import Flask

        app = Flask(__name__)

        with open("/etc/app.cfg") as cfg:
            with open("/etc/app.env") as env:
                @app.route("/run/<name>")
                def run(name):
                    os.system("report " + name)
    """
    assert ("INP401", 11) in findings(code)


def test_st_stop_ends_the_run_another_objects_stop_does_not() -> None:
    """st.stop() after a failed allow-list check ends the script run, as abort(400) ends a request; a timer's
    stop() is no exit, and the check's failure goes on."""
    code = """
        import subprocess

        import streamlit as st

        DATASETS = {"prices", "curves"}

        def refresh(timer):
            name = st.query_params.get("dataset", "prices")
            if name not in DATASETS:
                st.error("unknown dataset")
                st.stop()
            subprocess.run("refresh " + name, shell=True)
            other = st.text_input("Other")
            if other not in DATASETS:
                timer.stop()
            subprocess.run("refresh " + other, shell=True)
    """
    assert findings(code) == [("INP401", 16)]


CHOICES = """
import os
import sqlite3

import streamlit as st

FORMATS = ["csv", "xlsx"]
SHEETS = {"daily": "d.csv", "weekly": "w.csv"}


def export():
    fmt = st.radio("Format", FORMATS)
    os.system(f"export --format {fmt}")
    sheet = st.selectbox("Sheet", SHEETS, index=None)
    os.system(f"export --sheet {sheet}")
    typed = st.selectbox("Format", st.text_input("Formats").split(","))
    os.system(f"export --format {typed}")
    loose = st.selectbox("Format", FORMATS, accept_new_options=True)
    sqlite3.connect("w.db").execute(f"SELECT * FROM t WHERE f = '{loose}'")
"""


def test_a_fixed_choice_widget_returns_one_of_its_options(cli: Any, project: Any) -> None:
    """st.radio/st.selectbox of the code's constant options (a dict offers its keys; index=None adds None) can
    only return one of them: the pattern rules find a constant there. Options of the client's text, or
    accept_new_options=True, leave the value the client's."""
    root = project({"export.py": textwrap.dedent(CHOICES).lstrip("\n")})
    found = [(line, rule) for line, rule in scan(cli, root) if rule.startswith("INP")]
    assert (12, "INP104") not in found and (14, "INP104") not in found
    assert (16, "INP401") in found and (18, "INP402") in found


def test_a_widgets_key_keeps_its_value_in_the_session_state() -> None:
    """st.text_input(..., key="desk") keeps what the browser sent in st.session_state under "desk": read back as an
    attribute or an item it is the client's; a fixed selectbox's key holds one of its options, another key
    nothing of the widget's."""
    code = """
        import sqlite3

        import streamlit as st

        def page():
            st.text_input("Desk", key="desk")
            st.selectbox("Book", ["A", "B"], key="book")
            db = sqlite3.connect("w.db")
            db.execute(f"SELECT * FROM pnl WHERE desk = '{st.session_state.desk}'")
            db.execute(f"SELECT * FROM pnl WHERE desk = '{st.session_state['desk']}'")
            db.execute(f"SELECT * FROM pnl WHERE book = '{st.session_state.book}'")
            db.execute(f"SELECT * FROM pnl WHERE book = '{st.session_state['other']}'")
    """
    assert findings(code) == [("INP402", 9), ("INP402", 10)]
