"""A file-kind probe round: one git repository holding the files real repositories hold (templates under other
extensions, generated and vendored files, files that lie about their kind, test-code conventions, symlinks and
other things that are not plain files), each with the outcome a user of the gate expects:

- ``rule:ID`` - checked, and reported with that rule (production code: blocking as the rule says);
- ``test:ID`` - checked as test code: reported with that rule, marked test code;
- ``skipped`` - left out and listed with a reason (the file, or a folder holding it, in the report's `skipped`);
- ``failed`` - real source that cannot be checked: named in `not_checked` (the scan exits 2);
- ``quiet`` - no finding and nothing `not_checked` (checked or ignored as a file type without rules; never a
  reason for exit 2);
- ``visible`` - the user sees it: listed as skipped or named as not checked.

The whole repository is scanned once; each case is one test so that a run says which kinds are right.
"""

from __future__ import annotations

import json
import os
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import run_guidelint

PY_VULN = "import yaml\n\n\ndef load(path):\n    return yaml.load(open(path))\n"
JS_VULN = "export function show(el) {\n  el.innerHTML = location.hash.slice(1);\n}\n"
TPL_VULN = "<div>{{ member.bio|safe }}</div>\n"
DJANGO_TPL = "{% extends 'base.html' %}\n{% block body %}<p>{{ member.bio|safe }}</p>{% endblock %}\n"
MPEG_TS = (b"\x47\x40\x11\x10" + bytes(range(184))) * 40  # 188-byte packets, each opening with the sync byte 0x47


@dataclass(frozen=True)
class Case:
    kind: str
    path: str
    content: str | bytes
    expect: str
    tracked: bool = True  # False: written after the commit, as installed code lies in a work tree


CASES = [
    # --- templates under other extensions -----------------------------------------------------------------
    Case("template", "templates/page.html.j2", TPL_VULN, "rule:OUT202"),
    Case("template", "templates/page.jinja", TPL_VULN, "rule:OUT202"),
    Case("template", "templates/page.jinja2", TPL_VULN, "rule:OUT202"),
    Case("template", "templates/legacy/page.tmpl", DJANGO_TPL, "quiet"),
    Case("template", "templates/legacy/page.tpl", DJANGO_TPL, "quiet"),
    Case("template", "web/templates/card.mustache", "<div>{{{ bio }}}</div>\n", "rule:OUT202"),  # raw insertion
    Case("template", "web/templates/card.hbs", "<div>{{#if bio}}{{ bio }}{{/if}}</div>\n", "quiet"),
    Case("template", "web/views/card.ejs", "<div><%= bio %></div>\n", "quiet"),
    Case("template", "emails/welcome.txt", "Hello {{ user.first_name }},\n{% if trial %}Trial{% endif %}\n", "quiet"),
    Case("template", "config/feed.xml", '<?xml version="1.0"?>\n<feed>{{ title }}</feed>\n', "quiet"),
    Case("template", "config/tags.json", '{% load i18n %}\n{"title": "{% trans "Home" %}"}\n', "quiet"),
    Case("template", "config/app.json", '{\n  "port": {{ port }},\n  "debug": {{ debug|lower }}\n}\n', "quiet"),
    Case("template", "config/erb.yaml", "production:\n  url: <%= ENV['DB_URL'] %>\n", "quiet"),
    Case(
        "template",
        "project_template/project_name/settings.py-tpl",
        "SECRET_KEY = '{{ secret_key }}'\nINSTALLED_APPS = [\n    {{ apps }}\n]\n",
        "quiet",
    ),
    Case("template", "skeleton/app/main.py.tmpl", "def {{ name }}():\n    pass\n", "quiet"),
    Case(
        "template",
        "chart/templates/_helpers.tpl",
        '{{- define "app.name" -}}\n{{ .Chart.Name | trunc 63 }}\n{{- end }}\n',
        "quiet",
    ),
    Case(
        "template",
        "chart/templates/service.yaml",
        'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ include "app.name" . }}\n'
        "spec:\n  ports:\n    {{- range .Values.ports }}\n    - port: {{ . }}\n    {{- end }}\n",
        "quiet",
    ),
    Case("template", "roles/web/templates/nginx.conf.j2", "server {\n  listen {{ port }};\n}\n", "quiet"),
    Case(
        "template",
        "roles/web/templates/settings.py.j2",
        "DEBUG = {{ debug }}\nHOSTS = {{ hosts | to_json }}\n",
        "quiet",
    ),
    Case(
        "template",
        "{{cookiecutter.project_slug}}/{{cookiecutter.project_slug}}/config.py",
        "{% if cookiecutter.use_yaml == 'y' %}\nimport yaml\n{% endif %}\n\nNAME = '{{ cookiecutter.project_name }}'\n",
        "quiet",
    ),
    Case(
        "template",
        "{{cookiecutter.project_slug}}/{{cookiecutter.project_slug}}/loader.py",
        "# {{ cookiecutter.project_name }}\n" + PY_VULN,
        "rule:INP102",
    ),
    Case("template", "deploy/Dockerfile.j2", "FROM {{ base_image }}\nUSER {{ user }}\nCOPY . /app\n", "quiet"),
    Case("template", "deploy/plain/Dockerfile.j2", "FROM python:3.12-slim\nUSER root\n", "rule:CFG201"),
    Case(
        "template",
        "web/static/js/prices.js",
        "const prices = {{ prices_json|safe }};\nrender(prices);\n",
        "rule:OUT202",
    ),
    Case("template", "web/static/js/urls.js", "var base = '{{ base_url }}';\nfetch(base);\n", "quiet"),
    Case(
        "template", "deploy/app.wsgi", "import sys\nsys.path.insert(0, '{{ app_root }}')\n{{ import_line }}\n", "quiet"
    ),
    # --- generated files --------------------------------------------------------------------------------
    Case(
        "generated",
        "api/proto/orders_pb2.py",
        "# -*- coding: utf-8 -*-\n# Generated by the protocol buffer compiler.  DO NOT EDIT!\n"
        "from google.protobuf import descriptor_pool as _descriptor_pool\n"
        "DESCRIPTOR = _descriptor_pool.Default().AddSerializedFile(b'\\n\\x0corders.proto')\n",
        "quiet",
    ),
    Case(
        "generated",
        "api/proto/orders_pb2_grpc.py",
        "# Generated by the gRPC Python protocol compiler plugin. DO NOT EDIT!\nimport grpc\n\n\n"
        "class OrdersStub(object):\n    def __init__(self, channel):\n        self.Get = channel.unary_unary('/Orders/Get')\n",
        "quiet",
    ),
    Case("generated", "web/static/app.min.js", JS_VULN, "skipped"),
    Case("generated", "web/static/app.min.css", "a{color:red}" * 200 + "\n", "quiet"),
    Case("generated", "web/static/app.js.map", '{"version":3,"sources":["app.js"],"mappings":"AAAA"}\n', "quiet"),
    Case(
        "generated",
        "web/static/build/main.js",
        "/******/ (() => { // webpackBootstrap\n/******/ \tvar __webpack_modules__ = ({});\n" + JS_VULN,
        "skipped",
    ),
    Case(
        "generated",
        "web/static/build/app.js",
        "var __create = Object.create;\nvar __defProp = Object.defineProperty;\n"
        "var __commonJS = (cb, mod) => function __require() {\n"
        "  return mod || (0, cb[Object.keys(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports;\n};\n"
        "var __toESM = (mod, isNodeMode, target) => (target = mod != null ? __create(mod) : {}, target);\n\n"
        "// node_modules/tinylib/index.js\nvar require_tinylib = __commonJS({\n"
        '  "node_modules/tinylib/index.js"(exports, module) {\n'
        "    module.exports = function put(el, html) { el.innerHTML = html; };\n  }\n});\n\n"
        "// src/app.js\nvar import_tinylib = __toESM(require_tinylib());\n(0, import_tinylib.default)(document.body, location.hash);\n",
        "skipped",
    ),
    Case(
        "generated",
        "web/static/gen/client.js",
        "// Code generated by openapi-gen. DO NOT EDIT.\n" + JS_VULN,
        "rule:OUT201",  # decided: a header is a claim any pull request can write; readable code is checked
    ),
    Case(
        "generated", "package-lock.json", '{\n  "name": "web",\n  "lockfileVersion": 3,\n  "packages": {}\n}\n', "quiet"
    ),
    Case("generated", "poetry.lock", '[[package]]\nname = "requests"\nversion = "2.32.3"\n', "quiet"),
    Case("generated", "yarn.lock", '"left-pad@^1.3.0":\n  version "1.3.0"\n', "quiet"),
    Case("generated", "Pipfile.lock", '{"_meta": {"hash": {"sha256": "ab"}}, "default": {}}\n', "quiet"),
    Case(
        "generated",
        "notebooks/analysis.ipynb",
        json.dumps({"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}) + "\n",
        "quiet",
    ),
    # --- vendored and third-party trees -----------------------------------------------------------------
    Case("vendored", "node_modules/tinylib/index.js", JS_VULN, "skipped"),
    Case("vendored", "vendor/tinylib/index.js", JS_VULN, "skipped"),
    Case("vendored", "web/static/vendor/tinylib.js", JS_VULN, "skipped"),
    Case("vendored", "third_party/tinylib/index.js", JS_VULN, "skipped"),
    Case("vendored", "bower_components/tinylib/index.js", JS_VULN, "skipped"),
    Case("vendored", "env311/lib/python3.11/site-packages/tinylib/core.py", PY_VULN, "skipped", tracked=False),
    Case("vendored", ".tox/py311/lib/python3.11/site-packages/tinylib/core.py", PY_VULN, "skipped", tracked=False),
    Case("vendored", "build/lib/shop/loader.py", PY_VULN, "skipped"),  # gitignored build output
    Case("vendored", "web/dist/app.js", JS_VULN, "skipped"),
    Case("vendored", ".eggs/tinylib-1.0-py3.11.egg/tinylib/core.py", PY_VULN, "skipped", tracked=False),
    Case("vendored", "__pypackages__/3.11/lib/tinylib/core.py", PY_VULN, "skipped", tracked=False),
    Case("vendored", "lib/site-packages/shoplib/core.py", PY_VULN, "rule:INP102"),  # committed: the project's code
    Case("vendored", "vendor/pylib/loader.py", PY_VULN, "rule:INP102"),  # Python is checked wherever it is
    # --- files that lie about their kind ----------------------------------------------------------------
    Case(
        "lying",
        "i18n/shop_fr.ts",
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1">\n</TS>\n',
        "skipped",
    ),
    Case("lying", "media/intro.ts", MPEG_TS, "skipped"),
    Case("lying", "web/static/data/countries.js", '{"fr": "France", "de": "Germany"}\n', "quiet"),
    Case("lying", "tools/legacy.py", 'def show(x):\n    print "value:", x\n', "failed"),
    Case("lying", "tools/render.py", "{% for name in names %}\n{{ name }} = 1\n{% endfor %}\n", "quiet"),
    Case(
        "lying",
        "scripts/setup.sh",
        "@echo off\r\nif not exist build (\r\n  mkdir build\r\n)\r\nset X=1\r\n",
        "quiet",  # decided: read as bash it parses and has no finding; `@echo off` must not hide a real script
    ),
    Case(
        "lying",
        "assets/logo.json",
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)) * 4,
        "skipped",
    ),
    Case("lying", "app/bom.py", ("\ufeff" + PY_VULN).encode("utf-8"), "rule:INP102"),
    Case("lying", "app/crlf.py", PY_VULN.replace("\n", "\r\n").encode(), "rule:INP102"),
    Case(
        "lying",
        "app/mixed.py",
        b"import yaml\r\n\n\ndef load(path):\r\n    return yaml.load(open(path))\n",
        "rule:INP102",
    ),
    Case("lying", "app/latin1.py", ("# -*- coding: latin-1 -*-\n# café\n" + PY_VULN).encode("latin-1"), "rule:INP102"),
    Case("lying", "app/latin1_nocookie.py", ("# café\n" + PY_VULN).encode("latin-1"), "failed"),
    Case("lying", "app/nul.py", PY_VULN.encode() + b"\x00\x00", "failed"),
    Case("lying", "data/dump.json", "[" + ",".join(['{"id": 1, "name": "x"}'] * 1_000_000) + "]\n", "skipped"),
    Case("lying", "app/table.py", "TABLE = [" + "1, " * 30_000 + "]\n" + PY_VULN, "rule:INP102"),
    Case("lying", "web/static/js/long_comment.js", "// " + "x" * 2000 + "\n" + JS_VULN, "rule:OUT201"),
    # --- test code conventions ----------------------------------------------------------------------------
    Case("tests", "shop/tests.py", PY_VULN, "test:INP102"),
    Case("tests", "shop/tests/test_orders.py", PY_VULN, "test:INP102"),
    Case("tests", "test/orders.py", PY_VULN, "test:INP102"),
    Case("tests", "testing/helpers.py", PY_VULN, "test:INP102"),
    Case("tests", "shop/testutils/settings.py", PY_VULN, "test:INP102"),
    Case("tests", "shop/test_utils/fakes.py", PY_VULN, "test:INP102"),
    Case("tests", "shop/orders_tests.py", PY_VULN, "test:INP102"),
    Case("tests", "shop/conftest.py", PY_VULN, "test:INP102"),
    Case("tests", "shop/fixtures/loader.py", PY_VULN, "test:INP102"),
    Case("tests", "pkg/testdata/loader.py", PY_VULN, "test:INP102"),
    Case("tests", "web/__tests__/show.js", JS_VULN, "test:OUT201"),
    Case("tests", "web/show.spec.ts", JS_VULN, "test:OUT201"),
    Case("tests", "web/show.test.js", JS_VULN, "test:OUT201"),
    Case("not-tests", "shop/contest.py", PY_VULN, "rule:INP102"),
    Case("not-tests", "shop/latest.py", PY_VULN, "rule:INP102"),
    Case("not-tests", "attestation/verify.py", PY_VULN, "rule:INP102"),
    Case("not-tests", "testimonials/views.py", PY_VULN, "rule:INP102"),
    Case("not-tests", "shop/protest_tests_helper.py", PY_VULN, "rule:INP102"),
    # --- second round: encodings and dialects of everyday non-Python files ---------------------------------
    Case(
        "lying2",
        "web/static/js/legacy_latin1.js",
        ("var label = 'Résumé';\n" + JS_VULN).encode("latin-1"),
        "rule:OUT201",
    ),
    Case("lying2", "web/static/js/bom.js", ("\ufeff" + JS_VULN).encode("utf-8"), "rule:OUT201"),
    Case("lying2", "web/static/js/crlf.js", JS_VULN.replace("\n", "\r\n"), "rule:OUT201"),
    Case("lying2", "web/static/js/cli.js", "#!/usr/bin/env node\n" + JS_VULN, "rule:OUT201"),
    Case("lying2", "web/static/js/module.mjs", JS_VULN, "rule:OUT201"),
    Case("lying2", "web/static/js/empty.js", "", "quiet"),
    Case("lying2", "scripts/deploy_crlf.sh", "#!/bin/sh\r\ncurl -fsSL https://get.example.com | sh\r\n", "rule:SCM204"),
    Case(
        "lying2",
        "tsconfig.json",
        '{\n  // the compiler\'s options\n  "compilerOptions": {"strict": true, /* all */},\n}\n',
        "quiet",
    ),
    Case("lying2", ".vscode/settings.json", '{\n  // editor\n  "editor.tabSize": 2\n}\n', "quiet"),
    Case("lying2", "config/empty.json", "", "quiet"),
    Case("lying2", "config/empty.yaml", "", "quiet"),
    Case("lying2", "config/bom.yaml", ("\ufeff" + "name: shop\nport: 8000\n").encode("utf-8"), "quiet"),
    Case("lying2", "config/latin1.yaml", "name: caf\xe9\n".encode("latin-1"), "quiet"),
    Case("lying2", "deploy/crlf/Dockerfile", "FROM python:3.12-slim\r\nUSER root\r\n", "rule:CFG201"),
    Case("lying2", "app/empty.py", "", "quiet"),
    Case(
        "lying2",
        "app/formfeed.py",
        "import yaml\n\x0c\n\ndef load(path):\n    return yaml.load(open(path))\n",
        "rule:INP102",
    ),
    Case("lying2", ".env.example", "DATABASE_URL=postgres://user:changeme@localhost/shop\nSECRET_KEY=\n", "quiet"),
    # --- third round: scripts without an extension, as committed without their executable bit ---------------
    Case("scripts", "tools/rotate_orders", "#!/usr/bin/env python3\n" + PY_VULN, "rule:INP102"),
    Case("scripts", "tools/bootstrap", "#!/bin/bash\ncurl -fsSL https://get.example.com | bash\n", "rule:SCM204"),
    Case("scripts", "tools/NOTES", "Rotate the orders every night.\n", "quiet"),
    # --- trust --------------------------------------------------------------------------------------------
    Case("trust", "app/generated_models.py", PY_VULN, "rule:INP102"),  # .gitattributes: linguist-generated
    Case("trust", "web/static/widget.js", JS_VULN, "rule:OUT201"),  # .gitattributes: linguist-vendored
]
GITATTRIBUTES = "app/generated_models.py linguist-generated=true\nweb/static/widget.js linguist-vendored\n"
# made by the fixture, not written: path -> expectation
SPECIAL = {
    "links/outside.py": "visible",  # a symlink to a file outside the tree: not followed, said so
    "links/loop_a.py": "visible",  # a symlink loop
    "links/pipe.py": "visible",  # a FIFO: never read (it would block), said so
}

# what the tool does not get right yet: path -> the cause
KNOWN_GAPS: dict[str, str] = {}


def _write(root: Path, path: str, content: str | bytes) -> None:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    root = tmp_path_factory.mktemp("kinds") / "repo"
    root.mkdir()
    outside = tmp_path_factory.mktemp("outside") / "secret.py"
    outside.write_text(PY_VULN)
    for case in CASES:
        if case.tracked:
            _write(root, case.path, case.content)
    _write(root, ".gitattributes", GITATTRIBUTES)
    _write(root, ".gitignore", "/build/\n")
    _write(root, "guidelint.toml", "")
    links = root / "links"
    links.mkdir()
    (links / "outside.py").symlink_to(outside)
    (links / "loop_a.py").symlink_to(links / "loop_b.py")
    (links / "loop_b.py").symlink_to(links / "loop_a.py")
    os.mkfifo(links / "pipe.py")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@t", "-c", "core.autocrlf=false"]
    subprocess.run([*git, "init", "-q"], cwd=root, check=True)
    subprocess.run([*git, "add", "-A"], cwd=root, check=True)
    subprocess.run([*git, "commit", "-qm", "probe"], cwd=root, check=True)
    for case in CASES:
        if not case.tracked:
            _write(root, case.path, case.content)
    (root / "env311" / "pyvenv.cfg").write_text("home = /usr/bin\n")
    out = root.parent / "report.json"
    run = run_guidelint("scan", ".", "--no-cache", "-f", "json", "-o", str(out), cwd=root)
    assert run.exit_code in (1, 2), run.stderr
    document: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return document


def _outcome(report: dict[str, Any], path: str) -> dict[str, Any]:
    findings = [f for f in report["findings"] if f["path"] == path]
    skipped = [
        s["reason"]
        for s in report["skipped"]
        if s["path"] == path or (path.startswith(s["path"].rstrip("/") + "/") and s["path"].endswith("/"))
    ]
    failed = [p["reason"] for p in report["not_checked"] if p["what"] == path]
    return {"findings": findings, "skipped": skipped, "failed": failed}


def _right(expect: str, outcome: dict[str, Any]) -> bool:
    findings, skipped, failed = outcome["findings"], outcome["skipped"], outcome["failed"]
    if expect == "skipped":
        return bool(skipped) and not findings and not failed
    if expect == "failed":
        return bool(failed)
    if expect == "quiet":
        return not findings and not failed
    if expect == "visible":
        return bool(skipped or failed)
    how, rule = expect.split(":")
    hits = [f for f in findings if f["rule"] == rule]
    return not failed and bool(hits) and all(f["test_code"] == (how == "test") for f in hits)


@pytest.mark.parametrize("path,expect", [(c.path, c.expect) for c in CASES] + list(SPECIAL.items()))
def test_file_kind(report: dict[str, Any], path: str, expect: str) -> None:
    outcome = _outcome(report, path)
    if path in KNOWN_GAPS:
        assert not _right(expect, outcome), f"{path}: listed as a known gap but right now; take it off the list"
        pytest.xfail(KNOWN_GAPS[path])
    assert _right(expect, outcome), f"{path}: expected {expect}, got {outcome}"
