"""The knowledge base: pack data that rules and the dataflow engine share, validated at load, extensible."""

from __future__ import annotations

from pathlib import Path

import pytest
from guidelint.knowledge import Argument, Knowledge, KnowledgeError, load_dir, merge, merged, parse_knowledge
from guidelint.pack import builtin_pack_dir

APP = """
import subprocess

from flask import Flask
from acme.auth import check_entitlement

app = Flask(__name__)

@app.route("/deals")
@check_entitlement
def deals():
    return load_deals()

def archive(cmd):
    subprocess.run(["ash", "-c", cmd])
"""
COMPANY = """
authorization:
  decorators: [check_entitlement]
shells:
  programs: [ash]
"""


def _pack(root: Path, knowledge: str) -> Path:
    pack = root / "acme-pack"
    (pack / "knowledge").mkdir(parents=True)
    (pack / "pack.toml").write_text('[pack]\nname = "acme"\nversion = "1.0"\n')
    (pack / "knowledge" / "acme.yaml").write_text(knowledge)
    return pack


def _found(run) -> set[tuple[str, int]]:
    return {(f["rule"], f["start"]["line"]) for f in run.json()["findings"]}


def test_a_pack_adds_company_facts_without_python(cli, project) -> None:
    """A company decorator authorizes routes for ACC103; a company shell is one for INP103."""
    root = project({"app.py": APP})
    before = cli("scan", "--no-cache", "-f", "json", str(root / "app.py"))
    assert {f for f in _found(before) if f[0] in ("ACC103", "INP103")} == {("ACC103", 10)}
    pack = _pack(root, COMPANY)
    after = cli("scan", "--no-cache", "-f", "json", "--pack", str(pack), str(root / "app.py"))
    assert {f for f in _found(after) if f[0] in ("ACC103", "INP103")} == {("INP103", 14)}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("shells:\n  program: [ash]\n", "shells: unknown key 'program'"),
        ("authorization:\n  decorators: check_entitlement\n", "authorization.decorators: expected a list of strings"),
        ("http-clients:\n  calls:\n    acme.get: {timeout: [timeout]}\n", "http-clients.calls.acme.get: needs `url`"),
        (
            "http-clients:\n  calls:\n    acme.get: {url: [0, url]}\n",
            "http-clients.calls.acme.get.url: expected an argument",
        ),
        ("web-frameworks:\n  acme:\n    routes: expose\n", "web-frameworks.acme.routes: expected a list of strings"),
        ("- shells\n", "expected a mapping of sections"),
    ],
)
def test_a_bad_knowledge_file_stops_the_scan_naming_file_and_entry(cli, project, content: str, message: str) -> None:
    root = project({"app.py": "x = 1\n"})
    pack = _pack(root, content)
    run = cli("scan", "--no-cache", "--pack", str(pack), str(root / "app.py"))
    assert run.exit_code == 2
    assert "pack acme: knowledge file" in run.stderr and "acme.yaml" in run.stderr and message in run.stderr


def test_packs_merge_lists_add_and_arguments_replace(tmp_path: Path) -> None:
    base = parse_knowledge(
        {"shells": {"programs": ["sh"]}, "http-clients": {"calls": {"acme.get": {"url": ["url", 0]}}}}, tmp_path
    )
    more = parse_knowledge(
        {"shells": {"programs": ["sh", "ash"]}, "http-clients": {"calls": {"acme.get": {"url": ["target"]}}}},
        tmp_path,
    )
    knowledge = Knowledge.of(merge(base, more))
    assert knowledge.shells.programs == {"sh", "ash"}
    assert knowledge.http_clients.calls["acme.get"].url == Argument("target", None)
    assert merged([Knowledge.of(base), Knowledge.of(more)]) == knowledge


def test_the_built_in_knowledge_base() -> None:
    """The facts the rules and the dataflow engine used to repeat, once."""
    knowledge = load_dir(builtin_pack_dir() / "knowledge")
    assert knowledge.shells.is_shell("C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe")
    assert knowledge.shells.is_shell("/bin/BASH") and not knowledge.shells.is_shell("bashful")
    assert {"-c", "/c", "-Command", "-lc", "-ic"} <= knowledge.shells.command_flags
    assert knowledge.sql.functions["sqlalchemy.text"] == ("text",)
    assert knowledge.http_clients.calls["urllib.request.urlopen"].timeout == Argument("timeout", 2)
    assert knowledge.http_clients.clients["httpx.Client"].methods["stream"] == Argument("url", 1)
    assert list(knowledge.frameworks)[:2] == ["flask", "fastapi"]
    assert "require_role" in knowledge.authorization.decorators
    assert set(knowledge.framework_packages()) == {
        *("django", "flask", "rest_framework", "fastapi", "quart", "ninja", "starlette", "tornado", "aiohttp"),
        *("sanic", "pyramid", "bottle", "litestar", "falcon", "flask_appbuilder"),
    }


def test_an_empty_file_holds_nothing(tmp_path: Path) -> None:
    (tmp_path / "empty.yaml").write_text("")
    assert load_dir(tmp_path).shells.programs == frozenset()
    with pytest.raises(KnowledgeError, match="top level: unknown key 'shell'"):
        parse_knowledge({"shell": {}}, tmp_path / "x.yaml")
