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
