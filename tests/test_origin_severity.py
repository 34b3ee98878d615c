"""What blocks: input proven to reach a dangerous call (the dataflow rules), not the call itself.

The pattern rules (INP101, INP103, INP105, INP108, INP109) report every shell command, statement, code or
template source and object stream that is not a constant, and warn (medium): code generators, template
engines and operator consoles use the same calls by design. The dataflow rules (INP401, INP402, INP403,
INP409, INP410; critical) report the request data that reaches them, and those block. A TLS check switched
off only where the caller's option asks for it warns (NET108, NET109, NET110); one switched off by the code
itself blocks (NET101, NET102, NET105).
"""

from __future__ import annotations

import json

HANDLER = """
import subprocess

import yaml
from flask import Flask, request
from flask_login import login_required
from jinja2 import Template

from app.db import connection

app = Flask(__name__)


@app.route("/report")
@login_required
def report():
    total = eval(request.args["x"])
    subprocess.run(f"ls {request.args['d']}", shell=True)
    cursor = connection.cursor()
    cursor.execute(f"SELECT * FROM t WHERE id = {request.args['id']}")
    settings = yaml.load(request.data)
    page = Template(request.form["t"], autoescape=True).render()
    return {"total": total, "settings": settings, "page": page}
"""

# the same calls on the parameters of a function nothing in the scan calls: no input is proven to reach them
# (yaml.load is left out: INP102 blocks it whatever the data, because the safe loader is the fix for any data)
HELPER = """
import pickle
import subprocess

from jinja2 import Template


def build(expr, directory, cursor, blob, text):
    total = eval(expr)
    subprocess.run(f"ls {directory}", shell=True)
    cursor.execute(f"SELECT * FROM t WHERE id = {directory}")
    state = pickle.loads(blob)
    page = Template(text, autoescape=True).render()
    return total, state, page
"""


def _findings(run_stdout: str) -> list[tuple[str, str, bool, int]]:
    report = json.loads(run_stdout)
    return [(f["rule"], f["severity"], f["blocking"], f["start"]["line"]) for f in report["findings"]]


def test_input_reaching_dangerous_calls_blocks_through_the_dataflow_rules(cli, project) -> None:
    root = project({"views.py": HANDLER})
    run = cli("scan", "views.py", "-f", "json", cwd=root)
    assert run.exit_code == 1
    assert _findings(run.stdout) == [
        ("INP403", "critical", True, 16),  # eval(request.args["x"])
        ("INP401", "critical", True, 17),  # shell=True with a request value in the command
        ("INP402", "critical", True, 19),  # request value formatted into SQL
        ("INP409", "critical", True, 20),  # yaml.load(request.data) (INP102 folded into it)
        ("INP410", "critical", True, 21),  # Template(request.form["t"])
    ]
    engines = [f["engines"] for f in json.loads(run.stdout)["findings"]]
    assert all(e == ["taint", "libcst"] for e in engines)  # the pattern rule's finding is the same problem


def test_the_same_calls_on_parameters_warn_and_exit_0(cli, project) -> None:
    root = project({"helpers.py": HELPER})
    run = cli("scan", "helpers.py", "-f", "json", cwd=root)
    assert run.exit_code == 0
    assert _findings(run.stdout) == [
        ("INP105", "medium", False, 8),
        ("INP103", "medium", False, 9),
        ("INP108", "medium", False, 10),
        ("INP101", "medium", False, 11),
        ("INP109", "medium", False, 12),
    ]
    text = cli("scan", "helpers.py", "--no-color", cwd=root)
    assert text.exit_code == 0
    assert text.stdout.startswith("Not blocking (below fail-on high, or staged):\nINP101 [medium] ")
    assert "\n  findings:  5 medium\n" in text.stdout
    assert text.stdout.rstrip().endswith("5 findings (0 blocking) in 1 file.")
    assert cli("scan", "helpers.py", "--fail-on", "medium", cwd=root).exit_code == 1


SWITCHES = """
import ssl

import requests


def make_context(cafile=None, validate_certs=True):
    context = ssl.create_default_context(cafile=cafile)
    if not validate_certs:
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def session(verify_ssl=True):
    client = requests.Session()
    if not verify_ssl:
        client.verify = False
    return client


def legacy(sock, verify_ssl=True):
    if not verify_ssl:
        return ssl.SSLContext(ssl.PROTOCOL_TLSv1).wrap_socket(sock)
    return ssl.create_default_context().wrap_socket(sock, server_hostname="db.internal")
"""

UNCONDITIONAL = """
import ssl

import requests


def make_context(validate_certs=False):
    context = ssl.create_default_context()
    if not validate_certs:
        context.verify_mode = ssl.CERT_NONE
    context.check_hostname = False
    return context


def session():
    client = requests.Session()
    client.verify = False
    return client, ssl.SSLContext(ssl.PROTOCOL_TLSv1)
"""


def test_verification_switched_off_by_the_callers_option_warns(cli, project) -> None:
    root = project({"tls.py": SWITCHES})
    run = cli("scan", "tls.py", "-f", "json", cwd=root)
    assert run.exit_code == 0
    assert _findings(run.stdout) == [
        ("NET108", "medium", False, 9),
        ("NET108", "medium", False, 10),
        ("NET109", "medium", False, 17),
        ("NET110", "medium", False, 23),
    ]
    messages = [f["message"] for f in json.loads(run.stdout)["findings"]]
    assert [m.split(" in a branch ")[1] for m in messages] == [  # the switch a reviewer looks for
        "the caller's switch validate_certs opts into",
        "the caller's switch validate_certs opts into",
        "the caller's switch verify_ssl opts into",
        "the caller's switch verify_ssl opts into",
    ]


def test_verification_switched_off_by_the_code_blocks(cli, project) -> None:
    root = project({"tls.py": UNCONDITIONAL})
    run = cli("scan", "tls.py", "-f", "json", cwd=root)
    assert run.exit_code == 1
    assert _findings(run.stdout) == [
        ("NET102", "high", True, 9),  # a switch whose default is off: the code's own choice
        ("NET102", "high", True, 10),
        ("NET101", "high", True, 16),
        ("NET105", "high", True, 17),
    ]
