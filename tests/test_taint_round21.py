"""Round 21's causes (tests/data/probes/blackout): decoding calls undo a check, pool maps and actors run
their function, loguru's message fields, dates parsed by strptime."""

from __future__ import annotations

import pytest

from tests import taintfindings

HEAD = "import os, subprocess\nfrom flask import Flask, abort, request\napp = Flask(__name__)\n"


def findings(code: str) -> list[tuple[str, int]]:
    return taintfindings.findings(code, HEAD)


RUN = "def run(page):\n    subprocess.run(f'convert {page}', shell=True)\n"


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        # a check before a decoding call proves nothing of its result; after it, it does
        (
            "from urllib.parse import unquote\nname = request.args['n']\nif '..' in name or '/' in name:\n"
            "    abort(400)\nopen(os.path.join('/srv', unquote(name)))\n",
            [("INP404", 5)],
        ),
        (
            "from urllib.parse import unquote\nname = unquote(request.args['n'])\nif '..' in name or '/' in name:\n"
            "    abort(400)\nopen(os.path.join('/srv', name))\n",
            [],
        ),
        # a pool's map runs its function on each item (a function of the module: reported at its sink), also
        # given a lambda or a partial
        (
            RUN + "from concurrent.futures import ThreadPoolExecutor\nPOOL = ThreadPoolExecutor()\n"
            "POOL.map(run, request.form.getlist('p'))\n",
            [("INP401", 2)],
        ),
        (
            RUN + "from concurrent.futures import ThreadPoolExecutor\nPOOL = ThreadPoolExecutor()\n"
            "POOL.map(run, [int(p) for p in request.form.getlist('p')])\n",
            [],
        ),
        (
            RUN + "from concurrent.futures import ThreadPoolExecutor\nPOOL = ThreadPoolExecutor()\n"
            "POOL.map(lambda p: run(int(p)), request.form.getlist('p'))\n",
            [],
        ),
        (
            RUN + "from functools import partial\nfrom multiprocessing import Pool\n"
            "Pool(2).map(partial(run), request.form.getlist('p'))\n",
            [("INP401", 2)],
        ),
        # a socket's send is no deferred call of a function (no report of run)
        (RUN + "import socket\nsock = socket.socket()\nsock.send(request.form['p'].encode())\n", []),
        # a class method named send is the class's, not its constructor run later
        (
            "class Mailer:\n    def __init__(self, to):\n        self.to = to\n\n    @classmethod\n"
            "    def send(cls, page):\n        subprocess.run(f'mail {page}', shell=True)\n\n\n"
            "Mailer.send(request.form['p'])\n",
            [("INP401", 7)],
        ),
        # a parsed date is no text of the client's
        (
            "from datetime import datetime\nimport sqlite3\nday = datetime.strptime(request.args['d'], '%Y-%m-%d')\n"
            "sqlite3.connect('x').execute(f\"SELECT 1 FROM t WHERE d = '{day.date()}'\")\n",
            [],
        ),
        # loguru: {!r} writes no line break, a plain field (positional or named) writes it as sent
        ("from loguru import logger\nlogger.info('by {!r}', request.form['a'])\n", []),
        ("from loguru import logger\nlogger.info('by {}', request.form['a'])\n", [("AUD401", 2)]),
        ("from loguru import logger\nlogger.info('by {who}', who=request.form['a'])\n", [("AUD401", 2)]),
        ("from loguru import logger\nlogger.info('by {who!r}', who=request.form['a'])\n", []),
        ("from loguru import logger\nlogger.bind(x=1).info('by ' + request.form['a'])\n", [("AUD401", 2)]),
    ],
)
def test_round21_causes(code: str, expected: list[tuple[str, int]]) -> None:
    assert findings(code) == expected
