"""The probes' known gaps closed in session 22, each by its cause, with our own flagged and safe pairs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests import taintfindings
from tests.conftest import Run

HEAD = "import os\nfrom flask import Flask, abort, request, send_file\n\napp = Flask(__name__)\n"


def findings(code: str) -> list[tuple[str, int]]:
    return taintfindings.findings(code, HEAD)


DOC = "@app.get('/doc')\ndef doc():\n    rel = request.args['doc']\n"
SEND = "    return send_file(os.path.join('/srv/docs', *rel.split('/')))\n"
SEND_WHOLE = "    return send_file(os.path.join('/srv/docs', rel))\n"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # every part of the path split at "/" is neither empty (a leading "/") nor "..": it stays under the base
        (DOC + "    if any(p in ('', '..') for p in rel.split('/')):\n        abort(400)\n" + SEND, []),
        (DOC + "    if any(not p or p == '..' for p in rel.split(os.sep)):\n        abort(400)\n" + SEND_WHOLE, []),
        (DOC + "    if not all(p not in ('', '.', '..') for p in rel.split('/')):\n        abort(400)\n" + SEND, []),
        # "" allowed: "/etc/passwd" passes, and joined whole it is the root's
        (DOC + "    if any(p == '..' for p in rel.split('/')):\n        abort(400)\n" + SEND_WHOLE, [("INP404", 6)]),
        # checked for some part only, or what was split is not the value joined
        (
            DOC + "    if not any(p not in ('', '..') for p in rel.split('/')):\n        abort(400)\n" + SEND,
            [("INP404", 6)],
        ),
        (
            DOC + "    if any(p in ('', '..') for p in rel.strip('/').split('/')):\n        abort(400)\n" + SEND_WHOLE,
            [("INP404", 6)],
        ),
        (DOC + "    if any(p in ('', '..') for p in rel.split('\\\\')):\n        abort(400)\n" + SEND, [("INP404", 6)]),
    ],
)
def test_split_parts_checked(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings(code) == expected


ESCAPES = "ESC = str.maketrans({'<': '&lt;', '>': '&gt;', '&': '&amp;', '\"': '&quot;', \"'\": '&#39;'})\n"
NAME = "@app.get('/hello')\ndef hello():\n    name = request.args['name']\n"
SHOW = "    return f'<p>{shown}</p>'\n"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # a table replacing every character markup is made of, by character references: as html.escape
        (ESCAPES + NAME + "    return f'<p>{name.translate(ESC)}</p>'\n", []),
        (
            "DROP = str.maketrans('', '', '<>&\"\\'')\n" + NAME + "    return '<b>' + name.translate(DROP) + '</b>'\n",
            [],
        ),
        # a table of code points written in the call; text keys match none
        (NAME + '    shown = name.translate({60: None, 62: 32, 38: None, 34: None, ord("\'"): None})\n' + SHOW, []),
        (
            NAME + "    shown = name.translate({'<': None, '>': None, '&': None, '\"': None, \"'\": None})\n" + SHOW,
            [("OUT401", 5)],
        ),
        # the quotes only ("<" opens a tag), or "<" replaced by a text that holds one: no escape
        (
            "Q = str.maketrans({'\"': '&quot;', \"'\": '&#39;'})\n"
            + NAME
            + "    return f'<p>{name.translate(Q)}</p>'\n",
            [("OUT401", 5)],
        ),
        (
            "B = str.maketrans('<>&\"\\'', '[]+``')\n" + NAME + "    return f'<p>{name.translate(B)}</p>'\n",
            [],
        ),
        (
            "B = str.maketrans({'<': '<<', '>': '&gt;', '&': '&amp;', '\"': '', \"'\": ''})\n"
            + NAME
            + "    return f'<p>{name.translate(B)}</p>'\n",
            [("OUT401", 5)],
        ),
        # a table bound twice is not read: which one is in use depends on the order of execution
        (
            ESCAPES + "ESC = str.maketrans({})\n" + NAME + "    return f'<p>{name.translate(ESC)}</p>'\n",
            [("OUT401", 6)],
        ),
        # both line breaks replaced: one log line
        (
            "import logging\nONE = str.maketrans({'\\r': ' ', '\\n': ' '})\n"
            + NAME
            + "    logging.warning('hello %s', name.translate(ONE))\n    return 'ok'\n",
            [],
        ),
        (
            "import logging\nONE = str.maketrans({'\\n': ' '})\n"
            + NAME
            + "    logging.warning('hello %s', name.translate(ONE))\n    return 'ok'\n",
            [("AUD401", 6)],
        ),
    ],
)
def test_translate_tables(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings(code) == expected


FILE = "@app.get('/file')\ndef file():\n    name = request.args['name']\n"
SEND_NAME = "    return send_file(os.path.join('/srv/files', name))\n"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # a name that is its own last part has no separator; one not starting with "." is not ".."
        (FILE + "    if Path(name).name != name or name.startswith('.'):\n        abort(400)\n" + SEND_NAME, []),
        (FILE + "    if os.path.basename(name) == name and not name.startswith('.'):\n" + "    " + SEND_NAME, []),
        # either half alone: ".." is its own last part, "a/../../x" does not start with "."
        (FILE + "    if Path(name).name != name:\n        abort(400)\n" + SEND_NAME, [("INP404", 6)]),
        (FILE + "    if name.startswith('.'):\n        abort(400)\n" + SEND_NAME, [("INP404", 6)]),
        # the last part of another value
        (
            FILE + "    other = request.args['o']\n    if Path(other).name != name or name.startswith('.'):\n"
            "        abort(400)\n" + SEND_NAME,
            [("INP404", 7)],
        ),
    ],
)
def test_own_last_part(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings("from pathlib import Path\n" + code) == [(r, n + 1) for r, n in expected]


def scanned(cli: Callable[..., Run], project: Callable[..., Path], code: str, rules: set[str]) -> list[tuple[str, int]]:
    """(rule, line) of the findings of `rules` in a one-file project scanned by the command line."""
    root = project({"app.py": code})
    run = cli("scan", ".", "--no-cache", "-f", "json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    return sorted((f["rule"], f["start"]["line"]) for f in run.json()["findings"] if f["rule"] in rules)


FILTER = """
    from django import template
    from django.utils.html import conditional_escape
    from django.utils.safestring import mark_safe

    register = template.Library()


    @register.filter(needs_autoescape=True)
    def marked(value, term, autoescape=True):
        esc = conditional_escape if autoescape else (lambda text: text)
        {assignment}
        return mark_safe(value.replace(term, "<b>%s</b>" % term))
"""


@pytest.mark.parametrize(
    ("assignment", "expected"),
    [
        # a parallel assignment of a display binds each name to its item, both escaped
        ("value, term = esc(value), esc(term)", []),
        ("[value, term] = [esc(value), esc(term)]", []),
        # one of them left as it came, or unpacked from what a call returns (its items are not known)
        ("value, term = esc(value), term", [("OUT102", 12)]),
        ("value, term = map(str, (value, term))", [("OUT102", 12)]),
    ],
)
def test_parallel_assignment(
    cli: Callable[..., Run], project: Callable[..., Path], assignment: str, expected: list[tuple[str, int]]
) -> None:
    assert scanned(cli, project, FILTER.replace("{assignment}", assignment), {"OUT102"}) == expected


ADAPTER = """
import logging

log = logging.getLogger("calls")


class Tagged(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        {process}


class Nested(Tagged):
    pass


@app.post("/note")
def note():
    audit = {made}
    audit.warning("note received")
    return "ok"
"""


@pytest.mark.parametrize(
    ("process", "made", "flagged"),
    [
        # process() puts the adapter's extra into every message: what it was made with is logged
        ("return f'[{self.extra[\"who\"]}] {msg}', kwargs", "Tagged(log, {'who': request.form['who']})", True),
        (
            "who = self.extra['who']\n        return '%s: %s' % (who, msg), kwargs",
            "Tagged(log, {'who': request.form['who']})",
            True,
        ),
        ("return f'[{self.extra[\"who\"]}] {msg}', kwargs", "Nested(log, extra={'who': request.form['who']})", True),
        # a number, or an override that hands the extra to the record (no part of the message)
        ("return f'[{self.extra[\"who\"]}] {msg}', kwargs", "Tagged(log, {'who': int(request.form['who'])})", False),
        (
            "kwargs['extra'] = self.extra\n        return msg, kwargs",
            "Tagged(log, {'who': request.form['who']})",
            False,
        ),
        (
            "return f'[{self.extra[\"who\"]}] {msg}', kwargs",
            "logging.LoggerAdapter(log, {'who': request.form['who']})",
            False,
        ),
    ],
)
def test_adapter_process(process: str, made: str, flagged: bool) -> None:
    code = ADAPTER.replace("{process}", process).replace("{made}", made)
    line = code.splitlines().index('    audit.warning("note received")') + 1
    assert findings(code) == ([("AUD401", line)] if flagged else [])


SHEET = (
    "import pandas as pd\nimport requests\n\n\n@app.get('/prices')\ndef prices():\n    name = request.args['sheet']\n"
)


@pytest.mark.parametrize(
    ("read", "expected"),
    [
        # after constant text that no URL scheme starts, pandas reads a local file: a path, never a URL
        ("pd.read_csv(os.path.join('/srv/prices', name))", ["INP404"]),
        ("pd.read_excel('/srv/prices/' + name)", ["INP404"]),
        ("pd.read_json(f'prices/{name}.json')", ["INP404"]),
        ("pd.read_csv(os.path.join('/srv/prices', os.path.basename(name)))", []),
        # the client's text first, or after text that may start a scheme: a URL it names is fetched
        ("pd.read_csv(name)", ["INP404", "INP405"]),
        ("pd.read_csv(os.path.join('', name))", ["INP404", "INP405"]),
        ("pd.read_csv('s3' + name)", ["INP404", "INP405"]),
        ("pd.read_csv(f'{name}/prices.csv')", ["INP404", "INP405"]),
    ],
)
def test_path_or_url_by_scheme(read: str, expected: list[str]) -> None:
    code = SHEET + f"    return {read}.to_json()\n"
    assert [rule for rule, _ in findings(code) if rule != "OUT401"] == expected


LOGGED = "import logging\n\nlog = logging.getLogger('audit')\n\n\n@app.post('/upload')\ndef upload():\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # %s of bytes or of a list writes its repr(): each line break as \n, no second record
        ("log.info('upload %s', request.get_data()[:200])", []),
        ("log.info('ids: %s' % (request.args.getlist('id'),))", []),
        ("log.info('ids: %s', request.args.getlist('id')[1:])", []),
        # decoded, told to give text, or one item of the list: the client's text as it came
        ("log.info('upload %s', request.get_data().decode())", [("AUD401", 8)]),
        ("log.info('upload %s', request.get_data(as_text=True))", [("AUD401", 8)]),
        ("log.info('ids: %s', request.args.getlist('id')[0])", [("AUD401", 8)]),
        ("log.info('ids: %s', ' '.join(request.args.getlist('id')))", [("AUD401", 8)]),
    ],
)
def test_repr_of_lists_and_bytes(line: str, expected: list[tuple[str, int]]) -> None:
    assert findings(LOGGED + f"    {line}\n    return 'ok'\n") == expected


@pytest.mark.parametrize(
    "body",
    [
        # a name bound to what is made of it, or two names swapped: the pattern rules follow each a few times
        "    path = os.path.join(tempfile.gettempdir(), path)\n    open(path, 'w')\n",
        "    q = q\n    connection.cursor().execute(q)\n",
        "    q, sql = sql, q\n    connection.cursor().execute(q)\n",
        "    path, name = os.path.join(tempfile.gettempdir(), name), path\n    open(path, 'w')\n",
    ],
)
def test_self_bound_names_are_checked(cli: Callable[..., Run], project: Callable[..., Path], body: str) -> None:
    code = "import os\nimport tempfile\n\nfrom django.db import connection\n\n\ndef job(name, sql):\n" + body
    scanned(cli, project, code, set())  # a complete scan: no rule fails on the file (exit 2)


ROOMS = (
    "from sqlalchemy.orm import Session\nfrom models import ENGINE, Room\n\n\n@app.put('/rooms/<int:i>')\ndef rooms(i):\n"
    "    body = request.get_json()\n    db = Session(ENGINE)\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a Query's update() sets the columns its dict's keys name: the client's keys choose them
        ("db.query(Room).filter_by(id=i).update(body)", [("INP419", 9)]),
        ("Room.query.filter(Room.id == i).update(request.form.to_dict())", [("INP419", 9)]),
        # keys the code names, or a dict's own update (no Query in the receiver's chain)
        ("db.query(Room).filter_by(id=i).update({'title': str(body['title'])})", []),
        ("changes = {}\n    changes.update(body)", []),
    ],
)
def test_query_update(line: str, expected: list[tuple[str, int]]) -> None:
    assert [f for f in findings(ROOMS + f"    {line}\n    return 'ok'\n") if f[0] == "INP419"] == expected
