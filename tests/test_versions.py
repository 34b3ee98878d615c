"""Pack version checks: plain release numbers compared without `packaging` give packaging's answers."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
from guidelint import versions
from packaging.specifiers import SpecifierSet
from packaging.version import InvalidVersion, Version

VERSIONS = ["0", "0.1", "0.1.0", "0.10", "0.9.9", "1", "1.0", "1.0.0", "1.0.1", "1.2", "2.0", "10.0", "01.0"]
VERSIONS += ["1.0a1", "1.0.post1", "1.0+local", "v1.0", "1.0.dev0", "1!1.0", " 1.0", "banana", "1..0", ""]
REQUIREMENTS = [">=0.1", ">0.1", "<=0.1", "<0.1", "==0.1", "!=0.1", ">= 0.1 , < 1", ">=1.0,<2,!=1.0.1", "==1"]
REQUIREMENTS += ["~=0.1", "==0.1.*", ">=1.0a1", "===0.1", ">=0.1,", "> =0.1", ">=banana", "0.1"]


def _packaging(version: str, requirement: str) -> bool | None:
    """packaging's answer; None when the requirement is not valid."""
    try:
        return SpecifierSet(requirement).contains(version, prereleases=True)
    except Exception:
        return None


@pytest.mark.parametrize(("version", "requirement"), list(itertools.product(VERSIONS, REQUIREMENTS)))
def test_satisfies_answers_as_packaging(version: str, requirement: str) -> None:
    expected = _packaging(version, requirement)
    if expected is None:
        with pytest.raises(ValueError):
            versions.satisfies(version, requirement)
    else:
        assert versions.satisfies(version, requirement) is expected


@pytest.mark.parametrize("version", VERSIONS)
def test_valid_answers_as_packaging(version: str) -> None:
    try:
        Version(version)
        expected = True
    except InvalidVersion:
        expected = False
    assert versions.valid(version) is expected


def test_the_built_in_pack_loads_without_packaging() -> None:
    code = (
        "import sys\nsys.modules['packaging'] = None\n"
        "from guidelint.pack import builtin_pack_dir, load_pack\n"
        "print(load_pack(builtin_pack_dir()).version)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert (proc.returncode, proc.stderr) == (0, "")
