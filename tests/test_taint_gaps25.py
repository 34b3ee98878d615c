"""The probes' known gaps closed in session 25, each by its cause, with our own flagged and safe pairs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests import taintfindings
from tests.conftest import Run


def scanned(cli: Callable[..., Run], project: Callable[..., Path], code: str, rules: set[str]) -> list[tuple[str, int]]:
    """(rule, line) of the findings of `rules` in a one-file project scanned by the command line."""
    root = project({"app.py": code})
    run = cli("scan", ".", "--no-cache", "-f", "json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    return sorted((f["rule"], f["start"]["line"]) for f in run.json()["findings"] if f["rule"] in rules)


WRITER = """
    import os
    import tempfile


    def save_invoice(destination, data):
        with open(destination, "wb") as out:
            out.write(data)


    def load_invoice(source):
        with open(source, "rb") as handle:
            return handle.read()


    def invoice(number):
        {body}
"""


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a predictable name in the shared temporary directory, opened for writing by a helper of the module:
        # reported where the name is made
        ('name = os.path.join(tempfile.gettempdir(), f"invoice-{number}.pdf")\n        save_invoice(name, b"")', [16]),
        ('save_invoice(data=b"", destination="/tmp/invoice.pdf")', [16]),
        # the helper only reads it, or is given a file tempfile created
        ('return load_invoice(os.path.join(tempfile.gettempdir(), f"invoice-{number}.pdf"))', []),
        ('fd, name = tempfile.mkstemp(suffix=".pdf")\n        save_invoice(name, b"")', []),
        # a name nobody can guess
        ('save_invoice(os.path.join(tempfile.gettempdir(), os.urandom(8).hex()), b"")', []),
    ],
)
def test_temp_path_opened_by_helper(
    cli: Callable[..., Run], project: Callable[..., Path], body: str, expected: list[int]
) -> None:
    found = scanned(cli, project, WRITER.replace("{body}", body), {"CFG102"})
    assert found == [("CFG102", line) for line in expected]


CLIENT = """
    import requests
    {more}

    LEDGER = "https://ledger.example.com/v2"


    def push(session, ledger_entry):
        {body}
"""


@pytest.mark.parametrize(
    ("more", "body", "expected"),
    [
        # a parameter named as a client, in a module whose only client library is requests, sent a web URL
        ("", 'return session.post(f"{LEDGER}/entries", json=ledger_entry)', [8]),
        ("", 'return session.get(LEDGER + "/entries/" + ledger_entry)', [8]),
        ("", 'return session.post(f"{LEDGER}/entries", json=ledger_entry, timeout=10)', []),
        # httpx or aiohttp imported too: the parameter may be their client, which times out by default
        ("import httpx", 'return session.post(f"{LEDGER}/entries", json=ledger_entry)', []),
        # no http(s) URL the code spells: an ORM session's get(), a test client's path, a URL of the caller's
        ("", "return session.get(Entry, ledger_entry)", []),
        ("", 'return session.post("/entries", data=ledger_entry)', []),
        ("", "return session.get(ledger_entry.url)", []),
        # a name the function binds to something else before the call
        ("", 'session = make_client()\n        return session.post(f"{LEDGER}/entries")', []),
    ],
)
def test_session_parameter_without_timeout(
    cli: Callable[..., Run], project: Callable[..., Path], more: str, body: str, expected: list[int]
) -> None:
    found = scanned(cli, project, CLIENT.replace("{more}", more).replace("{body}", body), {"NET103"})
    assert found == [("NET103", line) for line in expected]


LOGGED = """
    import logging
    from typing import Any, Mapping

    log = logging.getLogger("vault")


    def open_vault(address, {param}):
        {body}
"""


@pytest.mark.parametrize(
    ("param", "body", "expected"),
    [
        # a name that says it holds credentials and that the code says is a dict: its text shows the password
        ("vault_credentials: dict", 'log.info("vault %s: %s", address, vault_credentials)', [8]),
        ("creds: Mapping[str, Any]", 'log.info(f"vault {address}: {creds}")', [8]),
        ("unused=None", 'creds = dict(user="ops", password=read())\n        log.info("as %s", creds)', [9]),
        # an object named so (google-auth's or botocore's Credentials print their class), or not a dict
        ("credentials", 'log.info("vault %s: %s", address, credentials)', []),
        ("credentials: object", 'log.info("vault %s: %s", address, credentials)', []),
        ("credentials_path: dict", 'log.info("vault %s: %s", address, credentials_path)', []),
        # what is shown of a dict of credentials: how many, which keys
        ("credentials: dict", 'log.info("%d credentials: %s", len(credentials), ", ".join(credentials))', []),
    ],
)
def test_credentials_dict_logged(
    cli: Callable[..., Run], project: Callable[..., Path], param: str, body: str, expected: list[int]
) -> None:
    found = scanned(cli, project, LOGGED.replace("{param}", param).replace("{body}", body), {"CNF101"})
    assert found == [("CNF101", line) for line in expected]


MAIL_HEAD = "import smtplib\nfrom email.message import EmailMessage\nfrom flask import Flask, request\n\napp = Flask(__name__)\n"
MAIL = "@app.post('/share')\ndef share():\n    title = request.form['title']\n"
SEND = "    with smtplib.SMTP('mail.example.com') as smtp:\n        smtp.sendmail('a@example.com', ['b@example.com'], text)\n"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # a raw message's header lines end at the first blank line: a line break in a value there adds headers
        (MAIL + "    text = f'From: a@example.com\\r\\nSubject: {title}\\r\\n\\r\\nShared.'\n" + SEND, [("OUT402", 6)]),
        (MAIL + "    text = 'Subject: ' + title + '\\n\\nShared.'\n" + SEND, [("OUT402", 6)]),
        # after the blank line the value is the body; a line break removed, or a message the email package
        # generates (it refuses a header value with a line break)
        (MAIL + "    text = 'Subject: Shared\\r\\n\\r\\n' + title\n" + SEND, []),
        (MAIL + "    text = f'Subject: Shared\\n\\nA file: {title}'\n" + SEND, []),
        # in a raw f-string "\\n\\n" is a backslash and an n, twice: no blank line, the value is in the header
        (MAIL + "    text = rf'Subject: Shared\\n\\nA file: {title}'\n" + SEND, [("OUT402", 6)]),
        (MAIL + "    text = 'Subject: Shared' + r'\\n\\n' + title\n" + SEND, [("OUT402", 6)]),
        (
            MAIL
            + "    text = 'Subject: ' + title.replace('\\r', '').replace('\\n', '') + '\\r\\n\\r\\nShared.'\n"
            + SEND,
            [],
        ),
        (
            MAIL
            + "    message = EmailMessage()\n    message['Subject'] = title\n    text = message.as_string()\n"
            + SEND,
            [],
        ),
    ],
)
def test_raw_mail_header(code: str, expected: list[tuple[str, int]]) -> None:
    assert [(r, n) for r, n in taintfindings.findings(code, MAIL_HEAD) if r == "OUT402"] == expected


WORKER = """
import subprocess

from celery import Celery, shared_task

app = Celery("archive")


@app.task(name="archive.compress")
def compress(folder, level):
    subprocess.run(f"tar -czf /srv/out.tgz --level={level} {folder}", shell=True)


@shared_task
def index(folder):
    subprocess.run("updatedb --localpaths=" + folder, shell=True)
"""
SENDER = """
from flask import Flask, request

from archive.tasks import app as worker

web = Flask(__name__)


@web.post("/archive")
def archive():
    folder = request.form["folder"]
    {send}
    return "queued"
"""


@pytest.mark.parametrize(
    ("send", "expected"),
    [
        # a task sent by the name it is registered under (name=, or its module's and function's by default)
        ('worker.send_task("archive.compress", args=[folder, 9])', [("INP401", 11)]),
        ('worker.send_task("archive.compress", kwargs={"folder": "/srv/a", "level": folder})', [("INP401", 11)]),
        ('worker.send_task(name="archive.tasks.index", args=(folder,))', [("INP401", 11)]),
        # the request's value not given to it, converted, or a name no task of the project is registered under
        ('worker.send_task("archive.compress", args=["/srv/a", int(folder)])', []),
        ('worker.send_task("archive.compress", args=["/srv/a", 9], countdown=len(folder))', []),
        ('worker.send_task("archive.unknown", args=[folder, 9])', []),
    ],
)
def test_task_sent_by_name(
    cli: Callable[..., Run], project: Callable[..., Path], send: str, expected: list[tuple[str, int]]
) -> None:
    root = project(
        {"archive/__init__.py": "", "archive/tasks.py": WORKER, "archive/views.py": SENDER.replace("{send}", send)}
    )
    run = cli("scan", ".", "--no-cache", "-f", "json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    found = [(f["rule"], f["start"]["line"]) for f in run.json()["findings"] if f["path"] == "archive/views.py"]
    assert sorted(r for r in found if r[0].startswith("INP4")) == expected


XML_HEAD = "from flask import Flask, request\nfrom lxml import etree\n\napp = Flask(__name__)\n"
READER = "class Feed:\n    parser = etree.XMLParser({settings})\n\n    def items(self, data):\n        return etree.fromstring(data, {parser})\n"
ROUTE = "\n@app.post('/feed')\ndef feed():\n    return str(Feed().items(request.get_data()))\n"


@pytest.mark.parametrize(
    ("settings", "parser", "expected"),
    [
        # a parser the call shows was built to resolve entities: as a class attribute, or in the call
        ("resolve_entities=True", "self.parser", [("INP411", 5)]),
        ("load_dtd=True, resolve_entities=True", "etree.XMLParser(resolve_entities=True)", [("INP411", 5)]),
        # built not to, or built somewhere the call does not show: judged where it is built (INP107)
        ("resolve_entities=False, no_network=True", "self.parser", []),
        ("resolve_entities=True", "make_parser()", []),
        ("remove_blank_text=True", "self.parser", []),
    ],
)
def test_parser_kept_on_class(settings: str, parser: str, expected: list[tuple[str, int]]) -> None:
    code = READER.replace("{settings}", settings).replace("{parser}", parser) + ROUTE
    assert [(r, n) for r, n in taintfindings.findings(code, XML_HEAD) if r == "INP411"] == expected


PAGE = """
from flask import Flask, request

app = Flask(__name__)


@app.get("/note")
def note():
    text = request.args["text"]
    return {page}
"""


@pytest.mark.parametrize(
    ("page", "expected"),
    [
        # every '<' replaced: in an element's content nothing else starts markup
        ('"<article>" + text.replace("<", "&lt;") + "</article>"', []),
        ("f\"<p class='note'>{text.replace('<', '&lt;')}</p>\"", []),
        # in a tag (an attribute's value ends at a quote), in a script element, a first '<' only, or '>' only
        ('f\'<a title="{text.replace("<", "&lt;")}">note</a>\'', [("OUT401", 9)]),
        ('"<script>var note = \'" + text.replace("<", "&lt;") + "\';</script>"', [("OUT401", 9)]),
        ('"<p>" + text.replace("<", "&lt;", 1) + "</p>"', [("OUT401", 9)]),
        ('"<p>" + text.replace(">", "&gt;") + "</p>"', [("OUT401", 9)]),
        ('"<p>" + text.replace("<script>", "") + "</p>"', [("OUT401", 9)]),
    ],
)
def test_no_tag_in_element_content(
    cli: Callable[..., Run], project: Callable[..., Path], page: str, expected: list[tuple[str, int]]
) -> None:
    assert scanned(cli, project, PAGE.replace("{page}", page), {"OUT154", "OUT401"}) == expected
