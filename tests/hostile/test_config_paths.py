"""The repository's configuration names files inside the repository only (session 19): `extends`, `waivers`,
`packs` and `cache-dir` that leave the tree (`..`, `~`, a committed symlink) are a configuration error, unless
the invoking side allows the folder (reading) — a cache outside it never (the scan writes there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.test_gate_integrity import (
    VULNERABLE,
    assert_clean,
    assert_violation_reported,
    commit_all,
    hostile_pack,
    scan,
    write,
)

WAIVER = """\
[[waiver]]
rule = "INP102"
path = "app.py"
reason = "Reviewed: the loader is safe here"
approver = "csirt:lead"
expires = 2099-12-31
"""

# (the repository's configuration, what it names outside, the key the error names)
LEAVING = [
    ('extends = "../outside/org.toml"\n', "extends"),
    ('extends = "~/org.toml"\n', "extends"),
    ('extends = "linked/org.toml"\n', "extends"),  # linked -> ../outside, committed
    ('waivers = "../outside/waivers.toml"\n', "waivers"),
    ('packs = [{path = "../outside/pack"}]\n', "packs[0].path"),
]


def _repository(tmp_path: Path, config: str) -> Path:
    """A checkout whose configuration is `config`, beside a folder `outside` (the runner's, another
    checkout's) holding a baseline that switches INP off, a waiver of the finding and a pack."""
    outside = write(tmp_path / "outside", {"org.toml": 'ignore = ["INP"]\n', "waivers.toml": WAIVER})
    hostile_pack(outside / "pack")
    root = write(tmp_path / "repo", {"app.py": VULNERABLE, "guidelint.toml": config})
    if "linked" in config:  # a symlink out of the tree is a file not checked (exit 2) anyway
        (root / "linked").symlink_to(outside)
    commit_all(root)
    return root


@pytest.mark.parametrize(("config", "key"), LEAVING, ids=[c.split("\n")[0] for c, _ in LEAVING])
def test_a_configuration_naming_a_file_outside_the_repository_is_refused(tmp_path: Path, config: str, key: str) -> None:
    root = _repository(tmp_path, config)
    run = scan(root, env={"HOME": str(tmp_path / "outside")})
    assert run.exit_code == 2, run.stdout + run.stderr
    assert f"guidelint.toml: {key}: " in run.stderr
    assert "is outside the scanned repository" in run.stderr and "--allow-config-path" in run.stderr
    assert "HOS101" not in run.stdout + run.stderr  # the pack outside did not load
    assert_clean(run)


def test_a_committed_configuration_that_is_a_symlink_out_of_the_repository_is_refused(tmp_path: Path) -> None:
    root = _repository(tmp_path, "")
    (root / "guidelint.toml").unlink()
    (root / "guidelint.toml").symlink_to(tmp_path / "outside" / "org.toml")
    run = scan(root)
    assert run.exit_code == 2
    assert "the configuration file: " in run.stderr and "is outside the scanned repository" in run.stderr
    assert_clean(run)


ALLOWED = [(c, k) for c, k in LEAVING if "linked" not in c]  # a symlink out of the tree is not checked, exit 2


@pytest.mark.parametrize(("config", "key"), ALLOWED, ids=[c.split("\n")[0] for c, _ in ALLOWED])
def test_the_invoking_side_allows_a_folder_outside_the_repository(tmp_path: Path, config: str, key: str) -> None:
    root = _repository(tmp_path, config)
    outside, home = str(tmp_path / "outside"), {"HOME": str(tmp_path / "outside")}
    allowed = scan(root, "--allow-config-path", outside, env=home)
    if key == "packs[0].path":
        assert allowed.exit_code == 1 and "HOS101" in allowed.stdout, allowed.stderr
    else:  # the baseline's `ignore`, the waiver applied
        assert allowed.exit_code == 0, allowed.stdout + allowed.stderr
    policy = write(tmp_path / "ci", {"policy.toml": 'allow-config-paths = ["../outside"]\n'}) / "policy.toml"
    by_policy = scan(root, "--policy", str(policy), env=home)
    assert by_policy.exit_code == allowed.exit_code
    assert_clean(allowed)


def test_a_cache_directory_outside_the_repository_is_refused_even_where_reading_is_allowed(tmp_path: Path) -> None:
    root = _repository(tmp_path, 'cache-dir = "../outside/cache"\n')
    for allow in ((), ("--allow-config-path", str(tmp_path / "outside"))):
        run = scan(root, *allow)
        assert run.exit_code == 2
        assert "guidelint.toml: cache-dir: " in run.stderr and "--cache-dir or $GUIDELINT_CACHE_DIR" in run.stderr
    assert not (tmp_path / "outside" / "cache").exists()


def test_the_jobs_cache_directory_wins_over_the_repositorys(tmp_path: Path) -> None:
    """`$GUIDELINT_CACHE_DIR` set by the CI job was overridden by the repository's `cache-dir`."""
    root = _repository(tmp_path, 'cache-dir = "inside-cache"\n')
    chosen = tmp_path / "ci-cache"
    run = scan(root, env={"GUIDELINT_CACHE_DIR": str(chosen)})
    assert run.exit_code == 1
    assert_violation_reported(run)
    assert list(chosen.rglob("*.json")) and not (root / "inside-cache").exists()
    assert scan(root).exit_code == 1 and (root / "inside-cache").is_dir()  # inside the repository: its choice


def test_the_default_waivers_file_committed_as_a_symlink_out_of_the_repository_is_refused(tmp_path: Path) -> None:
    """Another project's approved waivers, linked in under the default name, waived this one's finding."""
    root = _repository(tmp_path, "")
    (root / "guidelint-waivers.toml").symlink_to(tmp_path / "outside" / "waivers.toml")
    run = scan(root)
    assert run.exit_code == 2
    assert "guidelint-waivers.toml: a symlink to a file outside the scanned repository" in run.stderr
    assert_clean(run)


@pytest.mark.parametrize("name", ["guidelint.toml", "guidelint-waivers.toml"])
def test_a_configuration_file_over_a_mebibyte_is_refused(tmp_path: Path, name: str) -> None:
    """A gigabyte of TOML comments would hold the gate while it is parsed (and its memory)."""
    root = write(tmp_path, {"app.py": VULNERABLE, "guidelint.toml": "", name: ("#" * 79 + "\n") * 14_000})
    run = scan(root)
    assert run.exit_code == 2
    assert f"{name}: cannot read: larger than 1048576 bytes" in run.stderr
    assert_clean(run)


def test_a_long_extends_chain_is_a_configuration_error(tmp_path: Path) -> None:
    """A thousand configuration files, each extending the next, ended in an internal RecursionError."""
    chain = {f"conf/c{i}.toml": f'extends = "c{i + 1}.toml"\n' for i in range(1200)}
    root = write(tmp_path, {"app.py": VULNERABLE, "guidelint.toml": 'extends = "conf/c0.toml"\n', **chain})
    write(root, {"conf/c1200.toml": ""})
    run = scan(root)
    assert run.exit_code == 2
    assert "guidelint.toml: extends: a chain of more than 16 files" in run.stderr
    assert "internal error" not in run.stderr
    assert_clean(run)
