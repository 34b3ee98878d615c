"""What one function of a module leaves in the module's top-level names is there for the others: an in-memory
store written by one view and read by another holds the client's data (stored cross-site scripting, SQL built
from a value an earlier request kept). Per-request objects (a `ContextVar`, `threading.local()`) are not shared; what a request sets in a context
variable, the helpers it calls read."""

from __future__ import annotations

import pytest

from tests.taintfindings import findings

HEAD = "import sqlite3\nfrom flask import Flask, redirect, request\napp = Flask(__name__)\n"


GUESTBOOK = """
    messages = []

    @app.post("/sign")
    def sign():
        messages.append({WRITTEN})
        return {{"ok": True}}

    @app.get("/")
    def book():
        return "<ul>" + "".join(f"<li>{{m}}</li>" for m in messages) + "</ul>"
"""


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # a list one view appends the client's text to, shown by another: stored XSS
        (GUESTBOOK.format(WRITTEN='request.form["message"]'), [("OUT401", 11)]),
        # ... what was appended is escaped, or a number
        (GUESTBOOK.format(WRITTEN='__import__("html").escape(request.form["message"])'), []),
        (GUESTBOOK.format(WRITTEN='int(request.form["stars"])'), []),
        # a dict entry kept by one view, put into SQL by a helper another view calls
        (
            """
            FILTERS = {}

            def remember_desk():
                FILTERS["desk"] = request.args["desk"]
                return "kept"

            def desk_query():
                return f"SELECT * FROM trades WHERE desk = '{FILTERS['desk']}'"

            @app.get("/trades")
            def trades():
                return {"rows": sqlite3.connect("t.db").execute(desk_query()).fetchall()}
            """,
            [("INP402", 13)],
        ),
        # `global`: the name itself rebound to the client's URL, redirected to by another view
        (
            """
            LAST_PAGE = "/"

            @app.get("/visit")
            def visit():
                global LAST_PAGE
                LAST_PAGE = request.args["page"]
                return "ok"

            @app.get("/back")
            def back():
                return redirect(LAST_PAGE)
            """,
            [("INP406", 12)],
        ),
        # an attribute of a module-level object
        (
            """
            from types import SimpleNamespace
            STATE = SimpleNamespace(report="daily.csv")

            @app.post("/pick")
            def pick():
                STATE.report = request.form["report"]
                return "ok"

            @app.get("/report")
            def report():
                return open("/srv/reports/" + STATE.report).read()
            """,
            [("INP404", 12)],
        ),
        # a list kept as a class attribute
        (
            """
            class Board:
                posts = []

            @app.post("/post")
            def post():
                Board.posts.append(request.form["text"])
                return "ok"

            @app.get("/board")
            def board():
                return "<ul>" + "".join(f"<li>{p}</li>" for p in Board.posts) + "</ul>"
            """,
            [("OUT401", 12)],
        ),
        # a function's own variable of the same name is not the module's
        (
            """
            messages = ["welcome"]

            def preview():
                messages = []
                messages.append(request.args["text"])
                return len(messages)

            @app.get("/")
            def book():
                return "<ul>" + "".join(f"<li>{m}</li>" for m in messages) + "</ul>"
            """,
            [],
        ),
        # a context variable is each request's own: what one view sets, another does not read
        (
            """
            from contextvars import ContextVar
            desk = ContextVar("desk", default="equities")

            @app.get("/choose")
            def choose():
                desk.set(request.args["desk"])
                return "ok"

            @app.get("/trades")
            def trades():
                sql = f"SELECT * FROM trades WHERE desk = '{desk.get()}'"
                return {"rows": sqlite3.connect("t.db").execute(sql).fetchall()}
            """,
            [],
        ),
        # ... but within the request that set it, it holds the client's text
        (
            """
            from contextvars import ContextVar
            desk = ContextVar("desk", default="equities")

            @app.get("/trades")
            def trades():
                desk.set(request.args["desk"])
                sql = f"SELECT * FROM trades WHERE desk = '{desk.get()}'"
                return {"rows": sqlite3.connect("t.db").execute(sql).fetchall()}
            """,
            [("INP402", 9)],
        ),
        # ... and in the helpers it calls in that request: a helper that returns what it reads there, one that runs
        # the statement itself, one that asks another helper
        (
            """
            from contextvars import ContextVar
            desk = ContextVar("desk", default="equities")

            def desk_filter():
                return f"desk = '{desk.get()}'"

            def run_trades():
                return sqlite3.connect("t.db").execute("SELECT * FROM trades WHERE " + desk_filter()).fetchall()

            @app.get("/trades")
            def trades():
                desk.set(request.args["desk"])
                return {"rows": sqlite3.connect("t.db").execute(f"SELECT * FROM t WHERE {desk_filter()}").fetchall()}

            @app.get("/trades2")
            def trades_run():
                desk.set(request.args["desk"])
                return {"rows": run_trades()}
            """,
            [("INP402", 9), ("INP402", 14)],  # run_trades: at its statement, as for a parameter
        ),
        # ... a helper called where the view set a checked value, or set nothing, reads that value
        (
            """
            from contextvars import ContextVar
            desk = ContextVar("desk", default="equities")
            DESKS = ("equities", "rates")

            def desk_filter():
                return f"desk = '{desk.get()}'"

            @app.get("/trades")
            def trades():
                chosen = request.args["desk"]
                if chosen not in DESKS:
                    return "no such desk", 400
                desk.set(chosen)
                return {"rows": sqlite3.connect("t.db").execute(f"SELECT * FROM t WHERE {desk_filter()}").fetchall()}

            @app.get("/default")
            def default_trades():
                return {"rows": sqlite3.connect("t.db").execute(f"SELECT * FROM t WHERE {desk_filter()}").fetchall()}
            """,
            [],
        ),
    ],
)
def test_state_shared_through_module_names(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings(code, HEAD) == expected
