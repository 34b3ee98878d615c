"""A wheel built from the checkout carries the built-in pack and finds it when installed."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import REPO


def test_wheel_install_finds_the_builtin_pack(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(dist), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("guidelint-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "guidelint/_pack/pack.toml" in names
    assert "guidelint/_pack/clauses.toml" in names
    assert any(n.startswith("guidelint/_pack/python/") for n in names)
    assert "guidelint/py.typed" in names  # pack authors type-check their rules against the rule API

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    where = subprocess.run(
        [sys.executable, "-c", "import guidelint.pack as p; print(p.builtin_pack_dir())"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert where == str(target / "guidelint" / "_pack")
    (tmp_path / "app.py").write_text("import yaml\n\ndef f(r):\n    return yaml.load(r.data)\n")
    scan = subprocess.run(
        [sys.executable, "-m", "guidelint", "scan", "app.py"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert scan.returncode == 1, scan.stdout + scan.stderr
    assert "INP102" in scan.stdout
