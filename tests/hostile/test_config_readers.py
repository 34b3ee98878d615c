"""Every command that reads the repository's configuration reads it as `scan` does (session 20): `rules
list`, `rules show`, `explain`, `clean` and `impact` loaded the packs a pull request's configuration named
inside the repository, running its code (a libcst rule module is imported), and `impact` had no way to
allow a folder outside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_guidelint
from tests.hostile.test_gate_integrity import VULNERABLE, assert_clean, commit_all, hostile_pack, write

REFUSED = "is inside the scanned repository; its code would run during the scan, so it is refused"


def _repository(tmp_path: Path) -> tuple[Path, Path]:
    """A checkout whose configuration names a pack of its own, whose rule module writes `marker` on import."""
    marker = tmp_path / "ran"
    root = write(tmp_path / "repo", {"app.py": VULNERABLE, "guidelint.toml": 'packs = [{path = "ownpack"}]\n'})
    hostile_pack(root / "ownpack", at_import=f"open({str(marker)!r}, 'w').write('ran')")
    commit_all(root)
    return root, marker


READERS = ["rules list", "rules list --format json", "rules show HOS101", "explain HOS101", "clean"]


@pytest.mark.parametrize("command", [c.split() for c in READERS], ids=READERS)
def test_a_pack_inside_the_repository_is_refused_by_every_command_that_reads_the_configuration(
    tmp_path: Path, command: list[str]
) -> None:
    root, marker = _repository(tmp_path)
    run = run_guidelint(*command, cwd=root)
    assert run.exit_code == 2, run.stdout + run.stderr
    assert "guidelint.toml: packs[0]: " in run.stderr and REFUSED in run.stderr
    assert "--allow-repo-packs" in run.stderr
    assert not marker.exists()
    assert_clean(run)


def test_the_invoking_side_may_allow_the_repositorys_packs_for_rules_list(tmp_path: Path) -> None:
    root, _ = _repository(tmp_path)
    allowed = run_guidelint("rules", "list", "--allow-repo-packs", cwd=root)
    assert allowed.exit_code == 0, allowed.stderr
    assert "HOS101" in allowed.stdout
    policy = write(tmp_path / "ci", {"policy.toml": "allow-repo-packs = true\n"}) / "policy.toml"
    by_policy = run_guidelint("explain", "HOS101", "--policy", str(policy), cwd=root)
    assert by_policy.exit_code == 0 and "HOS101" in by_policy.stdout, by_policy.stderr


def test_rules_list_reads_outside_the_repository_only_where_the_invoking_side_allows(tmp_path: Path) -> None:
    hostile_pack(tmp_path / "org" / "pack")
    root = write(tmp_path / "repo", {"app.py": VULNERABLE, "guidelint.toml": 'packs = [{path = "../org/pack"}]\n'})
    commit_all(root)
    refused = run_guidelint("rules", "list", cwd=root)
    assert refused.exit_code == 2 and "is outside the scanned repository" in refused.stderr, refused.stderr
    allowed = run_guidelint("rules", "list", "--allow-config-path", str(tmp_path / "org"), cwd=root)
    assert allowed.exit_code == 0 and "HOS101" in allowed.stdout, allowed.stderr


def test_impact_refuses_a_repositorys_own_pack_unless_allowed(tmp_path: Path) -> None:
    """`impact` scans every repository of the estate as its CI would: a repository naming a pack of its own
    is not checked (its code does not run on the cluster) unless the invoking side allows it."""
    pytest.importorskip("distributed")
    root, marker = _repository(tmp_path)
    builtin = ["impact", "--old", "builtin", "--new", "builtin", "--in-process", "--no-cache"]
    out = tmp_path / "impact.json"
    refused = run_guidelint(*builtin, "--json", str(out), str(root), cwd=tmp_path)
    assert refused.exit_code == 2, refused.stdout + refused.stderr
    problems = json.loads(out.read_text())["repositories"][0]["not_checked"]
    assert any(REFUSED in p for p in problems), problems
    assert not marker.exists()
    assert_clean(refused)
    allowed = run_guidelint(*builtin, "--allow-repo-packs", "--json", str(out), str(root), cwd=tmp_path)
    assert allowed.exit_code == 0, allowed.stdout + allowed.stderr
    assert marker.exists()


def test_a_policy_the_repository_tracks_is_refused(tmp_path: Path) -> None:
    """`--policy .github/guidelint-policy.toml` read the floor from the checkout: the pull request edited it
    (`fail-on = "critical"`, no required rules) and its own weakenings passed. A tracked policy is refused;
    a copy the job wrote from the base branch (untracked) is used."""
    root = write(
        tmp_path / "repo",
        {
            "app.py": VULNERABLE,
            "guidelint.toml": 'fail-on = "critical"\n',
            ".github/policy.toml": 'fail-on = "critical"\n',
        },
    )
    commit_all(root)
    run = run_guidelint("scan", "--policy", ".github/policy.toml", cwd=root)
    assert run.exit_code == 2, run.stdout + run.stderr
    assert "policy .github/policy.toml: a file of the scanned repository" in run.stderr
    assert_clean(run)
    write(root, {"base-policy.toml": 'fail-on = "high"\n'})  # `git show origin/main:...` by the job
    copied = run_guidelint("scan", "--policy", "base-policy.toml", cwd=root)
    assert copied.exit_code == 2 and "less strict than the policy's 'high'" in copied.stderr, copied.stderr
