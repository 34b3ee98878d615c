"""`guidelint init`: a starting configuration, the pre-commit snippet and a CI job for a project."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError
from ruamel.yaml.util import load_yaml_guess_indent

from guidelint import __version__
from guidelint.config import ConfigError

HOOK_REPO = "https://github.com/guidelint/guidelint"
HOOK_ID = "guidelint"
IMAGE = f"ghcr.io/guidelint/guidelint:v{__version__}"  # built from the repository's Dockerfile
GITLAB_FILE = ".gitlab/guidelint.gitlab-ci.yml"

CONFIG = """\
# guidelint: the company Security Guidelines as code (docs/user-guide.md)
fail-on = "high"          # lowest severity that blocks a commit or a build
exclude = []              # gitignore-style patterns, e.g. ["migrations/", "vendor/"]
# select = ["INP", "SEC"] # only these rules or rule prefixes
# ignore = []             # rules or prefixes to switch off
# per-file-ignores = {"tests/**" = ["SEC101"]}
# extends = "../security/guidelint-org.toml"   # the CSIRT's organisation baseline (outside the
#                                               # repository: --allow-config-path ../security)
"""

PRECOMMIT = f"""\
repos:
  - repo: {HOOK_REPO}
    rev: v{__version__}
    hooks:
      - id: guidelint
"""

GITHUB = """\
# .github/workflows/guidelint.yml: scan, upload SARIF to code scanning, fail on blocking findings.
name: guidelint
on:
  push:
    branches: [main]
  pull_request:
permissions:
  contents: read
jobs:
  guidelint:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write   # upload SARIF to code scanning
    env:
      GUIDELINT_CACHE_DIR: ${{ runner.temp }}/guidelint-cache   # never a cache from the checkout
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0
          persist-credentials: false   # the scanned tree holds no token
      - uses: guidelint/guidelint@v__VERSION__   # action.yml: install, scan, upload SARIF, fail on blocking findings
""".replace("__VERSION__", __version__)

GITLAB = """\
# guidelint: SAST report and JUnit artifacts, fails on blocking findings (include it from .gitlab-ci.yml)
guidelint:
  stage: test
  image:
    name: __IMAGE__
    entrypoint: [""]
  variables:
    GUIDELINT_CACHE_DIR: /tmp/guidelint-cache   # never a cache from the checkout (docs/security-model.md)
  script:
    - guidelint scan --format gitlab --output gl-sast-report.json --format junit --output guidelint-junit.xml
  artifacts:
    when: always
    reports:
      sast: gl-sast-report.json
      junit: guidelint-junit.xml
""".replace("__IMAGE__", IMAGE)

GITLAB_INCLUDE = f"""\
include:
  - local: {GITLAB_FILE}
"""


def plan_files(root: Path, ci: str) -> dict[Path, str]:
    """The files `init` writes and their content (pyproject.toml gets a table appended; an existing
    .pre-commit-config.yaml gets the hook merged in, and is left out when it already has it)."""
    files: dict[Path, str] = {}
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        files[pyproject] = pyproject.read_text(encoding="utf-8").rstrip("\n") + "\n\n[tool.guidelint]\n" + CONFIG
    else:
        files[root / "guidelint.toml"] = CONFIG
    precommit = root / ".pre-commit-config.yaml"
    merged = (
        merge_precommit(precommit.read_text(encoding="utf-8"), str(precommit)) if precommit.is_file() else PRECOMMIT
    )
    if merged is not None:
        files[precommit] = merged
    if ci == "github":
        files[root / ".github" / "workflows" / "guidelint.yml"] = GITHUB
    elif ci == "gitlab":
        files[root / GITLAB_FILE] = GITLAB
    return files


def merge_precommit(text: str, name: str) -> str | None:
    """`text` with the guidelint hook added, every other hook and comment kept; None when it is there already."""
    yaml = YAML()  # round-trip: comments, order and quoting survive
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap the user's long lines
    try:
        doc, indent, dash_offset = load_yaml_guess_indent(text)
        yaml.indent(mapping=indent or 2, sequence=indent or 4, offset=dash_offset or 0)
        doc = yaml.load(text)
    except YAMLError as exc:
        raise ConfigError(f"{name}: not valid YAML, nothing written: {exc}") from None
    if doc is None:
        return PRECOMMIT
    repos = doc.get("repos") if isinstance(doc, dict) else None
    if not isinstance(repos, list):
        raise ConfigError(f"{name}: no `repos:` list, nothing written")
    ours = [r for r in repos if isinstance(r, dict) and r.get("repo") == HOOK_REPO]
    if any(_has_hook(r) for r in ours):
        return None
    if ours:
        hooks = ours[0].setdefault("hooks", [])
        if not isinstance(hooks, list):
            raise ConfigError(f"{name}: `hooks:` of {HOOK_REPO} is not a list, nothing written")
        hooks.append({"id": HOOK_ID})
    else:
        repos.append({"repo": HOOK_REPO, "rev": f"v{__version__}", "hooks": [{"id": HOOK_ID}]})
    out = io.StringIO()
    yaml.dump(doc, out)
    return out.getvalue()


def _has_hook(repo: dict[str, Any]) -> bool:
    hooks = repo.get("hooks")
    return isinstance(hooks, list) and any(isinstance(h, dict) and h.get("id") == HOOK_ID for h in hooks)


def conflicts(files: dict[Path, str]) -> list[str]:
    """What `init` would overwrite (a pyproject.toml conflicts only when it has a [tool.guidelint] table; a
    pre-commit config never does: the hook is merged into it)."""
    out = []
    for path in files:
        if path.name == "pyproject.toml":
            if "[tool.guidelint]" in path.read_text(encoding="utf-8"):
                out.append(f"{path} already has a [tool.guidelint] table")
        elif path.name != ".pre-commit-config.yaml" and path.exists():
            out.append(f"{path} exists")
    return out
