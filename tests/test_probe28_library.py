"""What an internal SDK's repository showed the rules (probe round 30, tests/data/probes/quotesdk and
probes_files/round28), each as the user sees it in one scan: the rule, the line, whether it blocks.

- A cloud or service key of a well-known format (AKIA..., ghp_...) in a test fixture is live wherever it is
  committed: SEC101 reports it blocking in test code too. Fake credentials of fixtures (hunter2, "testing"), a
  filler key (AKIAXXXXXXXXXXXXXXXX) and a test server's private key stay reported without blocking.
- yaml.load(stream, Loader=loader) with `loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)` assigned once
  in the function loads with that safe loader (INP102 quiet); `getattr(yaml, "CLoader", yaml.Loader)` blocks.
- tar.extractall(members=tar.getmembers()) selects every member: unfiltered (INP106), as without members=; a
  list of checked members or filter="data" is quiet."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tests.conftest import run_guidelint

CONFTEST = '''
import pytest

FAKE_PASSWORD = "hunter2"
AWS_ACCESS_KEY_ID = "AKIAQ3EGRZLN7VXPT4HM"
PLACEHOLDER_KEY_ID = "AKIAXXXXXXXXXXXXXXXX"
GITHUB = {"token": "ghp_Zq4Lk9Xw2Vb7Nm3Rt8Yp5Hs1Jd6Fg0Ca2Ue4"}
SERVER_KEY = """-----BEGIN RSA PRIVATE KEY-----
MIIEowIBAAKCAQEAv9r2Hq1k7m3Xo5Lp0Wz8Yt4Nc6Vb2Qa1Sd7Fg3Hj9Kl0Zx5Cv8Bn2Mq4We6Rt1Yu
-----END RSA PRIVATE KEY-----"""


@pytest.fixture
def db_settings():
    return {"user": "quotes", "password": "quotes-test", "host": "localhost"}
'''

LIBRARY = """
import yaml

AWS_ACCESS_KEY_ID = "AKIAXXXXXXXXXXXXXXXX"


def profiles(stream):
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(stream, Loader=loader)


def objects(stream):
    loader = getattr(yaml, "CLoader", yaml.Loader)
    return yaml.load(stream, Loader=loader)
"""

BUNDLES = """
import tarfile


def unpack(path, target):
    bundle = tarfile.open(path, "r:gz")
    bundle.extractall(path=target, members=bundle.getmembers())
    bundle.extractall(path=target, members=[m for m in bundle.getmembers() if m.isfile() and ".." not in m.name])
    bundle.extractall(path=target, members=bundle.getmembers(), filter="data")
"""


def _findings(root: Path) -> set[tuple[str, int, str, bool]]:
    run = run_guidelint("scan", ".", "--no-cache", "-f", "json", "-o", "report.json", cwd=root)
    assert run.exit_code == 1, run.stderr
    report = json.loads((root / "report.json").read_text(encoding="utf-8"))
    assert not report["not_checked"]
    return {(f["path"], f["start"]["line"], f["rule"], f["blocking"]) for f in report["findings"]}


def test_library_repository(project: Callable[..., Path]) -> None:
    root = project({"tests/conftest.py": CONFTEST, "src/sdk/config.py": LIBRARY, "src/sdk/bundles.py": BUNDLES})
    assert _findings(root) == {
        ("tests/conftest.py", 4, "SEC101", True),  # a real-looking AWS key id blocks in test code too
        ("tests/conftest.py", 5, "SEC101", False),  # a filler key id
        ("tests/conftest.py", 6, "SEC101", True),  # a GitHub token's format
        ("tests/conftest.py", 7, "SEC101", False),  # a test server's private key
        ("tests/conftest.py", 14, "SEC101", False),  # a fixture's database password
        ("src/sdk/config.py", 3, "SEC101", True),  # outside test code every key format blocks
        ("src/sdk/config.py", 13, "INP102", True),  # getattr(yaml, "CLoader", yaml.Loader)
        ("src/sdk/bundles.py", 6, "INP106", True),  # every member
    }
