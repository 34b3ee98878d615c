"""A regular-expression check proves a value whole only where ^, $ and . keep their meaning: MULTILINE lets
^ and $ match at any line, DOTALL lets . match a line break (in the pattern, the call or re.compile), and a
compiled pattern's match from `pos` checks part of the string."""

from __future__ import annotations

import pytest

from tests import taintfindings

HEAD = "import re, subprocess\nfrom flask import Flask, abort, request\napp = Flask(__name__)\n"


def findings(code: str) -> list[tuple[str, int]]:
    return taintfindings.findings(code, HEAD)


def handler(check: str, before: str = "") -> str:
    return (
        f"{before}@app.route('/ls')\ndef ls():\n    name = request.args['d']\n"
        f"    if not {check}:\n        abort(400)\n    subprocess.run('ls ' + name, shell=True)\n"
    )


SINK = ("INP401",)


@pytest.mark.parametrize(
    ("check", "before"),
    [
        ("re.match(r'(?m)^[a-z]+$', name)", ""),  # 'etc\n; rm -rf ~' matches on its first line
        ("re.match(r'^[a-z]+$', name, re.M)", ""),
        ("re.search(r'^[a-z]+$', name, flags=re.IGNORECASE | re.MULTILINE)", ""),
        ("re.fullmatch(r'(?s)[a-z].*', name)", ""),
        ("re.fullmatch(r'[a-z]+', name, FLAGS)", "FLAGS = re.M\n"),  # flags the check does not spell out
        ("SLUG.match(name)", "SLUG = re.compile(r'^[a-z]+$', re.MULTILINE)\n"),
        ("SLUG.fullmatch(name, 1)", "SLUG = re.compile(r'[a-z]+')\n"),  # only from the second character
    ],
)
def test_a_check_whose_anchors_or_dots_are_loosened_clears_nothing(check: str, before: str) -> None:
    lines = [rule for rule, _ in findings(handler(check, before))]
    assert lines == list(SINK), check


@pytest.mark.parametrize(
    ("check", "before"),
    [
        ("re.match(r'^[a-z]+$', name)", ""),
        ("re.match(r'^[a-z]+$', name, re.I)", ""),
        ("re.fullmatch(r'[a-z]+', name, flags=re.IGNORECASE | re.ASCII)", ""),
        ("SLUG.fullmatch(name)", "SLUG = re.compile(r'[a-z]+', re.I)\n"),
    ],
)
def test_a_whole_string_check_with_other_flags_still_clears(check: str, before: str) -> None:
    assert findings(handler(check, before)) == [], check
