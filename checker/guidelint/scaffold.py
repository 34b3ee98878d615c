"""`guidelint rules new`: a new rule file with its metadata, examples and docs to fill in."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from guidelint.model import RULE_ID_RE

Scaffold = Callable[[str, str, dict[str, Any], str, str], tuple[str, str]]
"""An engine's `scaffold`: (rule id, slug, values, language, bandit test) -> (path in the pack, text)."""

LIBCST = '''\
"""{title}."""

import libcst as cst

from guidelint.cst import Context, Rule, RuleMeta, is_constant


class {class_name}(Rule):
    meta = RuleMeta.of(
        id="{rule_id}",
        clause="{clause}",
        title="{title}",
        severity="{severity}",
        confidence="medium",
        cwe=[{cwe}],
        owasp="{owasp}",
        message="{{name}}() TODO: one line saying what is wrong at this place",
        rationale=(
            "TODO: why this matters for the company: what an attacker or a mistake can do, and which part of "
            "the information-security policy it breaks."
        ),
        remediation="TODO: exactly what to write instead.",
        references=("https://TODO.example/documentation-of-the-api",),
    )
    calls = ("{call}",)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if call.args and is_constant(call.args[0].value):
            return
        ctx.report(call, self.meta.message.format(name=name))

    flagged = """
        import {module}

        def handler(request):
            return {call}(request.args["value"])  # expect
    """
    safe = """
        import {module}

        {call}("constant")
    """
'''

# the metadata block every YAML rule starts with (doubled braces stay placeholders for the rule's values)
_METADATA = """\
metadata:
  clause: {{clause}}
  title: {{title}}
  severity: {{severity}}
  confidence: medium
  cwe: [{{cwe}}]
  owasp: {{owasp}}
  rationale: >-
{why}  remediation: >-
    TODO: exactly what to write instead.
  references:
    - https://TODO.example/documentation
"""
_WHY_POLICY = """\
    TODO: why this matters for the company: what an attacker or a mistake can do, and which part of the
    information-security policy it breaks.
"""
_WHY_BANDIT = """\
    TODO: why this matters for the company, in the pack's own words (bandit's wording never reaches users).
"""

SEMGREP = (
    """\
id: {rule_id}
languages: [{language}]
message: TODO one line saying what is wrong at this place
pattern: TODO($X)
"""
    + _METADATA.format(why=_WHY_POLICY)
    + """examples:
  flagged:
    file: {example_file}
    code: |
      TODO(input)  {comment} expect
  safe:
    file: {example_file}
    code: |
      TODO_SAFE("constant")
"""
)

BANDIT = (
    """\
id: {rule_id}
bandit: {bandit}
needles: [TODO]
message: TODO one line saying what is wrong at this place
"""
    + _METADATA.format(why=_WHY_BANDIT)
    + """examples:
  flagged:
    code: |
      TODO  # expect
  safe:
    code: |
      TODO
"""
)

TAINT = (
    """\
id: {rule_id}
sources: [input]        # kinds of values: input (request data), confidential, ... (see taint/models/)
sinks: [TODO]           # kinds of places they must not reach: shell, sql, path, log, response, ...
message: "{{source}} reaches TODO ({{sink}})"
"""
    + _METADATA.format(why=_WHY_POLICY)
    + """examples:
  flagged:
    code: |
      from flask import Flask, request

      app = Flask(__name__)

      @app.route("/r")
      def handler():
          return TODO(request.args["value"])  # expect
  safe:
    code: |
      from flask import Flask, request

      app = Flask(__name__)

      @app.route("/r")
      def handler():
          return TODO("constant")
"""
)

EXAMPLE_FILES = {
    "javascript": ("app.js", "//"),
    "typescript": ("app.ts", "//"),
    "go": ("main.go", "//"),
    "java": ("Main.java", "//"),
    "dockerfile": ("Dockerfile", "#"),
    "yaml": ("config.yaml", "#"),
    "bash": ("script.sh", "#"),
    "terraform": ("main.tf", "#"),
    "generic": ("settings.env", "#"),
}


def new_rule(
    pack_dir: Path,
    rule_id: str,
    scaffold: Scaffold,
    clause: str,
    title: str,
    severity: str,
    cwe: int,
    owasp: str,
    language: str,
    bandit: str,
) -> Path:
    """Write the scaffold and return its path; refuses to overwrite."""
    if not RULE_ID_RE.match(rule_id):
        raise ValueError(f"rule id {rule_id!r} must be 2-6 capitals/digits then 3 digits, e.g. INP150")
    slug = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")[:40] or "rule"
    values = {"rule_id": rule_id, "clause": clause, "title": title, "severity": severity, "cwe": cwe, "owasp": owasp}
    relative, text = scaffold(rule_id, slug, values, language, bandit)
    path = pack_dir / relative
    if path.exists():
        raise FileExistsError(f"{path} exists")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
