"""`guidelint init`: a starting configuration, the pre-commit snippet and a CI job for a project."""

from __future__ import annotations

from pathlib import Path

from guidelint import __version__

HOOK_REPO = "https://github.com/guidelint/guidelint"

CONFIG = """\
# guidelint: the company Security Guidelines as code (docs/user-guide.md)
fail-on = "high"          # lowest severity that blocks a commit or a build
exclude = []              # gitignore-style patterns, e.g. ["migrations/", "vendor/"]
# select = ["INP", "SEC"] # only these rules or rule prefixes
# ignore = []             # rules or prefixes to switch off
# per-file-ignores = {"tests/**" = ["SEC101"]}
# extends = "../security/guidelint-org.toml"   # the CSIRT's organisation baseline
"""

PRECOMMIT = f"""\
repos:
  - repo: {HOOK_REPO}
    rev: v{__version__}
    hooks:
      - id: guidelint
"""

GITHUB = """\
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
      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: pip install "guidelint @ git+https://github.com/guidelint/guidelint@v__VERSION__"
      - name: Scan (annotations in the log, SARIF for code scanning; fails on blocking findings)
        run: guidelint scan --format sarif --output guidelint.sarif --format github
      - name: Upload SARIF
        if: always()
        uses: github/codeql-action/upload-sarif@v3
        with:
          sarif_file: guidelint.sarif
          category: guidelint
""".replace("__VERSION__", __version__)

GITLAB = """\
guidelint:
  stage: test
  image: python:3.12-slim
  script:
    - apt-get update -qq && apt-get install -y -qq git >/dev/null  # guidelint --diff-base and pip need git
    - pip install "guidelint @ git+https://github.com/guidelint/guidelint@v__VERSION__"
    - guidelint scan --format gitlab --output gl-sast-report.json --format junit --output guidelint-junit.xml
  artifacts:
    when: always
    reports:
      sast: gl-sast-report.json
      junit: guidelint-junit.xml
""".replace("__VERSION__", __version__)


def plan_files(root: Path, ci: str) -> dict[Path, str]:
    """The files `init` writes and their content (pyproject.toml gets a table appended)."""
    files: dict[Path, str] = {}
    pyproject = root / "pyproject.toml"
    if pyproject.is_file():
        files[pyproject] = pyproject.read_text(encoding="utf-8").rstrip("\n") + "\n\n[tool.guidelint]\n" + CONFIG
    else:
        files[root / "guidelint.toml"] = CONFIG
    files[root / ".pre-commit-config.yaml"] = PRECOMMIT
    if ci == "github":
        files[root / ".github" / "workflows" / "guidelint.yml"] = GITHUB
    elif ci == "gitlab":
        files[root / ".gitlab" / "guidelint.gitlab-ci.yml"] = GITLAB
    return files


def conflicts(files: dict[Path, str]) -> list[str]:
    """What `init` would overwrite (a pyproject.toml conflicts only when it has a [tool.guidelint] table)."""
    out = []
    for path in files:
        if path.name == "pyproject.toml":
            if "[tool.guidelint]" in path.read_text(encoding="utf-8"):
                out.append(f"{path} already has a [tool.guidelint] table")
        elif path.exists():
            out.append(f"{path} exists")
    return out
