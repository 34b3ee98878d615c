"""The caches do not grow without bound: old entries are pruned, and `guidelint clean` removes a project's."""

from __future__ import annotations

import os
import subprocess
import time

from guidelint import cache

VULNERABLE = """
import yaml

def handler(request):
    return yaml.load(request.data)
"""
MONTH_AGO = time.time() - 31 * 86400


def _entries(home):
    return sorted((home / "guidelint").rglob("v1/*/*.json"))


def test_an_entry_not_written_for_a_month_is_pruned_and_the_scan_is_unchanged(cli, project, private_cache) -> None:
    root = project({"app.py": VULNERABLE, "other.py": "x = 1\n"})
    assert cli("scan", cwd=root).exit_code == 1
    old, fresh = _entries(private_cache)
    os.utime(old, (MONTH_AGO, MONTH_AGO))
    (stamp,) = (private_cache / "guidelint").rglob("v1/.pruned")
    os.utime(stamp, (MONTH_AGO, MONTH_AGO))  # the last pruning was long ago
    assert cli("scan", "--format", "json", cwd=root).json()["summary"]["blocking"] == 1
    assert fresh.exists() and not old.exists()
    assert cli("scan", "--format", "json", cwd=root).json()["summary"]["blocking"] == 1  # recomputed
    assert old.exists()


def test_pruning_runs_at_most_once_a_day(tmp_path) -> None:
    entry = tmp_path / "ab" / f"ab{'c' * 62}.json"
    entry.parent.mkdir()
    entry.write_text("{}")
    cache.prune(tmp_path)  # stamps the folder
    os.utime(entry, (MONTH_AGO, MONTH_AGO))
    cache.prune(tmp_path)
    assert entry.exists()
    cache.prune(tmp_path, now=time.time() + 2 * 86400)
    assert not entry.exists()


def test_clean_removes_the_project_cache_only(cli, project, private_cache) -> None:
    root = project({"app.py": VULNERABLE})
    cli("scan", cwd=root)
    assert _entries(private_cache)
    run = cli("clean", cwd=root)
    assert run.exit_code == 0 and "Removed the result cache" in run.stdout
    assert not _entries(private_cache)
    assert (private_cache / "guidelint" / "rule-metadata").is_dir()  # other caches stay without --all
    again = cli("clean", cwd=root)
    assert again.exit_code == 0 and "No cache at" in again.stdout
    assert cli("clean", "--all", cwd=root).exit_code == 0
    assert not (private_cache / "guidelint").exists()


def test_clean_leaves_a_folder_that_is_not_a_guidelint_cache(cli, project) -> None:
    root = project({"app.py": "x = 1\n", "keep/CACHEDIR.TAG": "Signature: someone else\n", "keep/v1/data.json": "{}"})
    run = cli("clean", "--cache-dir", "keep", cwd=root)
    assert run.exit_code == 2 and "not a guidelint cache" in run.stderr
    assert (root / "keep" / "v1" / "data.json").exists()


def test_clean_leaves_a_cache_folder_git_tracks(cli, project) -> None:
    root = project({"app.py": "x = 1\n", "guidelint.toml": 'cache-dir = "store"\n'})
    cli("scan", cwd=root)
    subprocess.run(["git", "init", "-q"], cwd=root, check=True)
    subprocess.run(["git", "add", "-f", "store"], cwd=root, check=True)
    run = cli("clean", cwd=root)
    assert run.exit_code == 2 and "git tracks" in run.stderr
    assert (root / "store" / "CACHEDIR.TAG").exists()


def test_only_the_caches_own_files_are_pruned_or_removed(cli, project) -> None:
    """A cache folder the configuration sets to a place holding other files (here the project itself, not
    under git) keeps them: pruning and `clean` touch only entries named by a digest."""
    schema = '{"openapi": "3.1.0"}'
    files = {"app.py": VULNERABLE, "guidelint.toml": 'cache-dir = "."\n', "v1/api/schema.json": schema}
    root = project({**files, ".gitignore": "build/\n"})
    old = root / "v1" / "api" / "schema.json"
    os.utime(old, (MONTH_AGO, MONTH_AGO))
    assert cli("scan", cwd=root).exit_code == 1
    os.utime(root / "v1" / ".pruned", (MONTH_AGO, MONTH_AGO))
    assert cli("scan", cwd=root).exit_code == 1  # prunes: the schema is no entry of ours
    assert old.read_text() == schema
    assert cli("clean", cwd=root).exit_code == 0
    assert old.read_text() == schema
    assert (root / ".gitignore").read_text() == "build/\n"
    assert not list(root.rglob("v1/*/[0-9a-f]*.json"))
