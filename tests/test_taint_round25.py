"""Round 25's causes (tests/data/probes/distribution): what a Flask portal's forms, schemas, class views,
signed links and file names make of the client's data, each flagged shape beside the safe one it differs from."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests import taintfindings


def scan(cli: Any, root: Path) -> list[tuple[str, int, str]]:
    run = cli("scan", ".", "--no-cache", "--format", "json", "-o", "r.json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    found = json.loads((root / "r.json").read_text())["findings"]
    return sorted((f["path"], f["start"]["line"], f["rule"]) for f in found if f["rule"][:3] in ("INP", "OUT"))


FORMS = """
from flask_wtf import FlaskForm
from wtforms import DecimalField, RadioField, StringField
from wtforms.validators import AnyOf, DataRequired, Regexp

DESKS = ("rates", "credit", "fx")


class OrderForm(FlaskForm):
    note = StringField("Note", validators=[DataRequired()])
    ticket = StringField("Ticket", validators=[Regexp(r"^T[0-9]{6}$")])
    loose = StringField("Loose", validators=[Regexp(r"^T[0-9]{6}")])
    desk = StringField("Desk", validators=[AnyOf(DESKS)])
    side = RadioField("Side", choices=["buy", "sell"])
    any_side = RadioField("Side", choices=["buy", "sell"], validate_choice=False)
    price = DecimalField("Price")
"""

FORM_VIEWS = """
from flask import Flask, abort
from sqlalchemy import text

from .forms import OrderForm

app = Flask(__name__)


@app.post("/orders")
def orders(db):
    form = OrderForm()
    db.execute(text(f"SELECT 1 WHERE t = '{form.ticket.data}'"))
    db.execute(text(f"SELECT 1 WHERE p = {form.price.data}"))
    if not form.validate_on_submit():
        abort(400)
    db.execute(text(f"SELECT 1 WHERE n = '{form.note.data}'"))
    db.execute(text(f"SELECT 1 WHERE t = '{form.ticket.data}'"))
    db.execute(text(f"SELECT 1 WHERE t = '{form.loose.data}'"))
    db.execute(text(f"SELECT 1 WHERE d = '{form.desk.data}' AND s = '{form.side.data}'"))
    db.execute(text(f"SELECT 1 WHERE s = '{form.any_side.data}'"))
"""


def test_flask_wtf_forms_of_another_module(cli: Any, project: Any) -> None:
    """form = OrderForm() of a FlaskForm reads the request's form: a field's data is the client's text, a
    DecimalField's a number; once validate_on_submit() passed, an anchored Regexp, AnyOf of a module constant
    and a RadioField's constant choices admit no other text (validate_choice=False: any text), before it
    the validators have not run."""
    root = project({"app/__init__.py": "", "app/forms.py": FORMS, "app/views.py": FORM_VIEWS})
    assert scan(cli, root) == [
        ("app/views.py", 12, "INP402"),  # the ticket read before the form was validated
        ("app/views.py", 16, "INP402"),  # a note: any text
        ("app/views.py", 18, "INP402"),  # a pattern anchored at its start only
        ("app/views.py", 20, "INP402"),  # choices not validated
    ]


SCHEMAS = """
from marshmallow import Schema, fields, validate


class Alert(Schema):
    isin = fields.Str(required=True, validate=validate.Regexp(r"^[A-Z]{2}[A-Z0-9]{9}[0-9]$"))
    channel = fields.Str(validate=validate.OneOf(["mail", "sms"]))
    text = fields.Str(required=True)
    limit = fields.Int(load_default=10)
"""

SCHEMA_VIEWS = """
from flask import Flask, request

from .schemas import Alert

app = Flask(__name__)


@app.post("/alerts")
def alerts():
    alert = Alert().load(request.get_json())
    return f"<p>{alert['isin']} {alert['channel']} {alert['limit']}</p><p>{alert['text']}</p>"
"""


def test_marshmallow_schema_of_another_module(cli: Any, project: Any) -> None:
    """Alert().load(body) of a schema another module declares: each key is what its field admits there."""
    root = project({"app/__init__.py": "", "app/schemas.py": SCHEMAS, "app/views.py": SCHEMA_VIEWS})
    assert scan(cli, root) == [("app/views.py", 11, "OUT401")]  # the text; not the isin, channel, limit


HEAD = """
import os
import subprocess

from flask import Flask, request, send_file
from itsdangerous import URLSafeTimedSerializer
from werkzeug.utils import secure_filename

app = Flask(__name__)
tokens = URLSafeTimedSerializer("k", salt="s")
"""


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # a file name secure_filename made is letters, digits, "_", "." and "-": nothing a shell reads
        (
            """
            @app.post("/a")
            def convert():
                name = secure_filename(request.files["f"].filename)
                subprocess.run(f"convert /in/{name} /out/{name}.pdf", shell=True)
                subprocess.run(f"convert /in/{request.form['n']} out.pdf", shell=True)
            """,
            [("INP401", 6)],
        ),
        # ... but a URL's host it may be ("evil.example")
        (
            """
            @app.get("/b")
            def mirror():
                import requests
                return requests.get(f"https://{secure_filename(request.args['h'])}/x").text
            """,
            [("INP417", 5)],
        ),
        # a signed token's payload is what the server signed; loads_unsafe checks no signature
        (
            """
            @app.get("/c/<token>")
            def link(token):
                data = tokens.loads(token, max_age=600)
                send_file(os.path.join("/srv", data["f"]))
                valid, raw = tokens.loads_unsafe(token)
                return send_file(os.path.join("/srv", raw["f"]))
            """,
            [("INP404", 7)],
        ),
    ],
)
def test_round25_models(code: str, expected: list[tuple[str, int]]) -> None:
    assert [f for f in taintfindings.findings(code, HEAD) if f[0] != "ACC103"] == expected
