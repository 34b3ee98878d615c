"""The probes' known gaps closed in session 33, each by its cause, with our own flagged and safe pairs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import Run


def scanned(cli: Callable[..., Run], project: Callable[..., Path], code: str, rules: set[str]) -> list[tuple[str, int]]:
    """(rule, line) of the findings of `rules` in a one-file project scanned by the command line."""
    root = project({"app.py": code})
    run = cli("scan", ".", "--no-cache", "-f", "json", cwd=root)
    assert run.exit_code in (0, 1), run.stderr
    return sorted((f["rule"], f["start"]["line"]) for f in run.json()["findings"] if f["rule"] in rules)


DISCORD = """
import sqlite3
from typing import Literal

import discord
from discord import app_commands
from discord.ext import commands

db = sqlite3.connect("sizes.db")
bot = commands.Bot(command_prefix="!", intents=discord.Intents.default())
tree = app_commands.CommandTree(discord.Client(intents=discord.Intents.default()))


{decorator}
async def size(where, unit: Literal["kb", "mb"]):
    return db.execute(f"SELECT size_{unit} FROM files").fetchall()
"""


@pytest.mark.parametrize(
    ("decorator", "expected"),
    [
        # an application command: discord.py offers a Literal's values as choices and passes on what came
        ('@tree.command(name="size")', [15]),
        ('@app_commands.command(name="size")', [15]),
        # a prefix command: ext.commands checks the word typed against the Literal or refuses the command
        ('@bot.command(name="size")', []),
    ],
)
def test_literal_of_an_application_command(
    cli: Callable[..., Run], project: Callable[..., Path], decorator: str, expected: list[int]
) -> None:
    found = scanned(cli, project, DISCORD.replace("{decorator}", decorator), {"INP402"})
    assert found == [("INP402", line) for line in expected]


QUOTING = """
from typing import Protocol


class Quoting(Protocol):
    def name(self, identifier: str) -> str: ...


class Ansi:
    def name(self, identifier: str) -> str:
        return '"' + identifier.replace('"', '""') + '"'


class {other}:
    def name(self, identifier: str) -> str:
        return {returned}


def purge(connection, quoting: {declared}, table: str) -> None:
    connection.cursor().execute("DELETE FROM " + quoting.name(table))


class Archive:
    def __init__(self, connection) -> None:
        self.connection = connection

    def name(self, identifier: str) -> str:
        return {returned}

    def drop(self, table: str) -> None:
        self.connection.cursor().execute("DROP TABLE " + self.name(table))
"""


@pytest.mark.parametrize(
    ("other", "returned", "declared", "expected"),
    [
        # every implementation of the module doubles the quote it puts the name between: one quoted name
        ("Bracketed", """'"' + identifier.replace('"', '""') + '"'""", "Quoting", []),
        ("Bracketed", """'"' + identifier.replace('"', '""') + '"'""", "Ansi", []),
        # one implementation puts the name between quotes as it came: a quote in it ends the identifier
        ("Bracketed", """'"' + identifier + '"'""", "Quoting", [19, 30]),
        # a receiver whose class the module does not declare: its method may be anyone's
        ("Bracketed", """'"' + identifier.replace('"', '""') + '"'""", "object", [19]),
    ],
)
def test_identifier_quoted_by_a_method_of_the_module(
    cli: Callable[..., Run], project: Callable[..., Path], other: str, returned: str, declared: str, expected: list[int]
) -> None:
    code = QUOTING.replace("{other}", other).replace("{returned}", returned).replace("{declared}", declared)
    found = scanned(cli, project, code, {"INP150"})
    assert found == [("INP150", line) for line in expected]


RECORDS = """
import sqlite3
from functools import reduce

from flask import Flask, request

app = Flask(__name__)
FIELDS = {"stage": "stage", "owner": "owner"}
db = sqlite3.connect("deals.db")


@app.get("/deals")
def deals():
    {body}
    return db.execute(sql, [v for _, v in pairs]).fetchall()
"""

BUILT = "pairs = [(FIELDS[k], v) for k, v in request.args.items() if k in FIELDS]\n    "


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # each element puts a column of the code's first and the client's value second: only the column is written
        (BUILT + 'sql = "SELECT 1"\n    for column, _ in pairs:\n        sql += f" AND {column} = ?"', []),
        (BUILT + 'sql = "SELECT 1"\n    for pair in pairs:\n        sql += f" AND {pair[0]} = ?"', []),
        (BUILT + 'sql = reduce(lambda q, pair: q + f" AND {pair[0]} = ?", pairs, "SELECT 1")', []),
        (
            'pairs = [("stage", request.args["s"]), ("owner", request.args["o"])]\n    '
            'sql = reduce(lambda q, pair: q + f" AND {pair[0]} = ?", pairs, "SELECT 1")',
            [],
        ),
        # the client's value itself written into the text
        (
            BUILT + 'sql = "SELECT 1"\n    for column, value in pairs:\n        sql += f" AND {column} = \'{value}\'"',
            [17],
        ),
        (BUILT + 'sql = reduce(lambda q, pair: q + f" AND {pair[0]} = \'{pair[1]}\'", pairs, "SELECT 1")', [15]),
        # a record of other positions added: what each position holds is no longer known
        (
            BUILT + 'pairs.append((request.args["c"], "x"))\n    sql = "SELECT 1"\n    for column, _ in pairs:\n'
            '        sql += f" AND {column} = ?"',
            [18],
        ),
        (
            BUILT + 'pairs[0] = (request.args["c"], "x")\n    sql = "SELECT 1"\n    for pair in pairs:\n'
            '        sql += f" AND {pair[0]} = ?"',
            [18],
        ),
        # another list on one branch: after the join, its elements may be either list's
        (
            BUILT + 'if request.args.get("all"):\n        pairs = list(request.args.items())\n    sql = "SELECT 1"\n'
            '    for column, _ in pairs:\n        sql += f" AND {column} = ?"',
            [19],
        ),
        (
            BUILT + 'if request.args.get("all"):\n        print(len(pairs))\n    sql = "SELECT 1"\n'
            '    for column, _ in pairs:\n        sql += f" AND {column} = ?"',
            [],
        ),
    ],
)
def test_positions_of_a_list_of_records(
    cli: Callable[..., Run], project: Callable[..., Path], body: str, expected: list[int]
) -> None:
    found = scanned(cli, project, RECORDS.replace("{body}", body), {"INP402"})
    assert found == [("INP402", line) for line in expected]
