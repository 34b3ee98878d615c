"""What a file is, by content as well as name: templates go to the template rules, generated and vendored
files and files that are not their extension's language are skipped and listed, real source that cannot be
parsed still fails closed, and the CSIRT policy bounds what a repository may skip."""

from __future__ import annotations

import json
from pathlib import Path

from guidelint.classify import (
    BINARY_DATA,
    DEFAULT_SKIP,
    GENERATED,
    MPEG_STREAM,
    NOT_TYPESCRIPT,
    OTHER_SHELL,
    PYTHON2,
    TEMPLATE,
    VENDORED,
    classify,
)

SKIP = frozenset(DEFAULT_SKIP)

# a Django template that renders JavaScript: not JavaScript until rendered
JS_TEMPLATE = """\
{% autoescape off %}
'use strict';
const labels = {{ labels_json }};
{% endautoescape %}
"""
# one-line bundler output
MINIFIED = "(function(){" + ";".join(f"var a{i}=document.getElementById('n{i}')" for i in range(300)) + "})();\n"
# a copy of a browser library in a static folder, with a DOM sink the library's own project answers for
VENDORED_JS = "/*! tinylib v2.4.1 | MIT */\nfunction put(el, html) { el.innerHTML = html; }\n"
# a Qt Linguist translation file: XML with the TypeScript extension
QT_TS = '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="fr">\n</TS>\n'
# real TypeScript with a DOM XSS sink: checked as TypeScript
REAL_TS = "export function show(el: HTMLElement): void {\n  el.innerHTML = location.hash;\n}\n"
ZSH_COMPLETION = "#compdef deploy\n_arguments '1: :(start stop)'\n"
PY_TEMPLATE = "{% if use_yaml %}\nimport yaml\n{% endif %}\n\ndef {{ name }}():\n    pass\n"
# a Helm chart's template: YAML only once rendered
HELM = (
    'kind: Deployment\nmetadata:\n  labels:\n    {{- include "app.labels" . | nindent 4 }}\n'
    "spec:\n  {{- if not .Values.autoscaling }}\n  replicas: {{ .Values.replicas }}\n  {{- end }}\n"
)
# a workflow and an Ansible task: expressions inside YAML values, YAML as they are
WORKFLOW = "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    env:\n      SHA: ${{ github.sha }}\n"
ANSIBLE = '- name: install\n  ansible.builtin.package:\n    name: "{{ item }}"\n  loop: "{{ packages }}"\n'
BROKEN_PY = "def report(:\n    return 1\n"
VULNERABLE_PY = 'import yaml\n\nyaml.load(open("settings.yml"))\n'


def test_classify_by_content() -> None:
    assert classify("web/catalog.js", "javascript", JS_TEMPLATE.encode(), SKIP).language == TEMPLATE
    assert classify("web/app.js", "javascript", MINIFIED.encode(), SKIP).category == GENERATED
    assert classify("web/app.min.js", "javascript", b"var a = 1;\n", SKIP).category == GENERATED
    assert classify("help/webhelp.min_v1.4.4.js", "javascript", b"var a = 1;\n", SKIP).category == GENERATED
    assert classify("web/lib-mining.js", "javascript", b"var a = 1;\n", SKIP).language == "javascript"
    assert classify("static/app.3f2a9c1b7d4e.js", "javascript", b"var a = 1;\n", SKIP).category == GENERATED
    assert classify("web/static.dist/app.js", "javascript", b"var a = 1;\n", SKIP).category == GENERATED
    assert classify("web/distribution.js", "javascript", b"var a = 1;\n", SKIP).language == "javascript"
    assert classify("static/app/vendor/x.js", "javascript", b"var a = 1;\n", SKIP).category == VENDORED
    assert classify("web/lib.js", "javascript", VENDORED_JS.encode(), SKIP).category == VENDORED
    assert classify("web/jquery-3.7.1.js", "javascript", b"var a = 1;\n", SKIP).category == VENDORED
    # a banner over several lines of a `/*!` comment; a project's own header comment is no banner
    banner = b"/*!\n * Tinycrop.js v1.5.11\n * Released under the MIT license\n */\nel.innerHTML = html;\n"
    assert classify("static/crop/crop.js", "javascript", banner, SKIP).category == VENDORED
    own = b"/*!\n * Shop widgets\n * (c) Example Ltd\n */\nvar version = '1.2.3';\n"
    assert classify("static/shop/widgets.js", "javascript", own, SKIP).language == "javascript"
    # Sphinx's own scripts in a built HTML documentation; a project's script of the same folder is checked
    assert classify("doc/html/_static/searchtools.js", "javascript", b"var a = 1;\n", SKIP).category == VENDORED
    assert classify("doc/html/_static/custom.js", "javascript", b"var a = 1;\n", SKIP).language == "javascript"
    assert classify("web/searchtools.js", "javascript", b"var a = 1;\n", SKIP).language == "javascript"
    assert classify("i18n/fr.ts", "typescript", QT_TS.encode(), SKIP).reason == NOT_TYPESCRIPT
    assert classify("web/show.ts", "typescript", REAL_TS.encode(), SKIP).language == "typescript"
    # a file opening with a type assertion is TypeScript, not XML: it cannot be skipped by starting with "<"
    assertion = b"<any>window.setTimeout(location.hash.slice(1), 10);\n"
    assert classify("web/boot.ts", "typescript", assertion, SKIP).language == "typescript"
    assert classify("pkg/deploy.zsh", "bash", ZSH_COMPLETION.encode(), SKIP).reason == OTHER_SHELL
    csh = b'if ($?OLD_PATH) then\n  setenv PATH "$OLD_PATH:q"\nendif\n'
    assert classify("env/activate.csh", "bash", csh, SKIP).reason == OTHER_SHELL
    assert classify("bin/setup.sh", "bash", b"#!/bin/tcsh -f\n" + csh, SKIP).reason == OTHER_SHELL
    assert classify("bin/setup.sh", "bash", b"#!/usr/bin/env zsh\nsetopt extendedglob\n", SKIP).reason == OTHER_SHELL
    # a bash script whose shebang merely mentions another shell's name is bash
    assert classify("bin/zshrc-sync.sh", "bash", b"#!/bin/bash\ncp ~/.zshrc /srv/\n", SKIP).language == "bash"
    assert classify("bin/run.sh", "bash", b"#!/usr/bin/env -S bash -e\necho hi\n", SKIP).language == "bash"
    assert classify("tpl/{{name}}.py", "python", PY_TEMPLATE.encode(), SKIP).language == TEMPLATE
    # a Python file named plainly: a block tag alone, or an expression alone, on a line of its own and not
    # parsing as Python makes it a template; the same syntax inside code that parses does not
    assert classify("tpl/setup.py", "python", b"{% if yaml %}\nimport yaml\n{% endif %}\n", SKIP).language == TEMPLATE
    assert classify("tpl/app.py", "python", b"{{ name }} = load()\n", SKIP).language == TEMPLATE
    assert classify("tpl/ok.py", "python", b'X = "{% if a %}"\nY = {"{{": 1}\n', SKIP).language == "python"
    assert classify("page.html", "html", b"<p>{{ bio }}</p>\n", SKIP).language == TEMPLATE
    assert classify("page.html", "html", b"<p>plain</p>\n", SKIP).language == "html"
    assert classify("chart/templates/deploy.yaml", "yaml", HELM.encode(), SKIP).language == TEMPLATE
    assert classify(".github/workflows/ci.yml", "yaml", WORKFLOW.encode(), SKIP).language == "yaml"
    assert classify("roles/web/tasks/main.yml", "yaml", ANSIBLE.encode(), SKIP).language == "yaml"
    assert classify("deploy/broken.yaml", "yaml", b"a: [1, 2\n", SKIP).language == "yaml"  # fails closed


# a library built into one file and copied into a project: a build note, then the licence banner its minifier
# keeps (`/*!`), naming the copyright holder and years; its release is only in its code
BUILT_LIBRARY = (
    "/* build: `make dist modules=ALL minifier=terser` */\n"
    "/*! Gridkit.js Copyright 2011-2019, Example Authors (A. Writer) */\n\n"
    "var gridkit = { version: '4.1.0' };\nfunction put(el, html) { el.innerHTML = html; }\n"
)
# a project's own script with an ordinary header comment (a minifier drops it): its own code, checked
OWN_SCRIPT = (
    "/*\n * Copyright 2024 Example Ltd. All rights reserved.\n * Released under the company licence.\n */\n"
    "function put(el, html) { el.innerHTML = html; }\n"
)


def test_a_library_copy_is_known_by_the_licence_banner_among_its_leading_comments() -> None:
    """A built script whose leading comments (before its first code) hold a preserved licence banner, `/*!` or
    marked `@license`/`@preserve`, naming a release or a dated copyright notice, is a copy of a library:
    skipped and listed as vendored. Ordinary header comments, a banner after code, TypeScript and JSX
    sources and templates are checked."""
    assert classify("static/grid/grid.js", "javascript", BUILT_LIBRARY.encode(), SKIP).category == VENDORED
    customised = (
        b"/*\n  CUSTOMISED: focus handling for screen readers added here.\n*/\n\n"
        b"/*!\n * Popbox v3.1.0\n * Released under the MIT license\n */\n(function () { show(); })();\n"
    )
    assert classify("static/popbox/popbox.js", "javascript", customised, SKIP).category == VENDORED
    licence = b"/* @license\nplotkit.mjs v0.4.2\nLicensed under the BSD-2-Clause License.\n*/\nexport {};\n"
    assert classify("static/plot/plotkit.mjs", "javascript", licence, SKIP).category == VENDORED
    dated = b"// generated by make dist\n/*! Tabs widget (c) 2015 A. Writer | MIT */\nvar tabs = {};\n"
    assert classify("static/tabs.js", "javascript", dated, SKIP).category == VENDORED

    assert classify("static/shop/app.js", "javascript", OWN_SCRIPT.encode(), SKIP).language == "javascript"
    spdx = b"// Copyright \xc2\xa9 2024 Example Ltd\n// SPDX-License-Identifier: GPL-3.0-or-later\nvar a = 1;\n"
    assert classify("static/shop/forms.js", "javascript", spdx, SKIP).language == "javascript"
    # a preserved comment that names no release and no dated notice is no banner
    note = b"/* header */\n/*! keep: the build checks this file */\nvar a = 1;\n"
    assert classify("static/shop/keep.js", "javascript", note, SKIP).language == "javascript"
    # a banner after the first code is text inside a project's script, not the opening of a library copy
    after = b"'use strict';\n/*! Gridkit.js Copyright 2011-2019, Example Authors */\nvar a = 1;\n"
    assert classify("static/shop/late.js", "javascript", after, SKIP).language == "javascript"
    # sources a build compiles are written, not copied: a licence banner they keep for their build is theirs
    assert classify("web/grid.ts", "typescript", BUILT_LIBRARY.encode(), SKIP).language == "typescript"
    assert classify("web/grid.jsx", "javascript", BUILT_LIBRARY.encode(), SKIP).language == "javascript"
    # no library's code is a template: template syntax in the code makes it the project's own
    template = b"/*! Widgets v1.0.0 */\n{% load static %}\nvar base = '{% static \"img\" %}';\n"
    assert classify("static/shop/widgets.js", "javascript", template, SKIP).language == TEMPLATE
    assert classify("static/shop/widgets.js", "javascript", b"// x\n" + template, SKIP).language == TEMPLATE
    # the comments are read within the file's first BANNER_HEAD bytes: a banner past them is not looked for
    notes = b"/*\n" + b" * release notes\n" * 600 + b" */\n/*! Gridkit v1.0.0 */\nvar a = 1;\n"
    assert classify("static/shop/notes.js", "javascript", notes, SKIP).language == "javascript"


def test_a_library_copy_skipped_by_its_banner_is_listed_and_can_be_checked(cli, project) -> None:
    files = {"static/grid/grid.js": BUILT_LIBRARY, "static/shop/app.js": OWN_SCRIPT}
    root = project(files)
    document = cli("scan", "--no-cache", "--format", "json", cwd=root).json()
    assert document["skipped"] == [{"path": "static/grid/grid.js", "reason": "vendored third-party code"}]
    assert {(f["rule"], f["path"]) for f in document["findings"]} == {("OUT201", "static/shop/app.js")}
    listed = cli("scan", "--no-cache", "--show-skipped", cwd=root)
    assert "static/grid/grid.js: vendored third-party code" in listed.stdout

    root = project({**files, "guidelint.toml": "skip = []\n"})
    document = cli("scan", "--no-cache", "--format", "json", cwd=root).json()
    assert document["skipped"] == []
    assert {(f["rule"], f["path"]) for f in document["findings"]} == {
        ("OUT201", "static/grid/grid.js"),
        ("OUT201", "static/shop/app.js"),
    }


def test_scripts_are_templates_by_their_code_not_their_strings_or_comments() -> None:
    """A Django/Jinja expression where a value must be makes a .js a template; in a string, a comment or a JSX
    attribute's object literal it does not (the file is JavaScript and checked as such)."""
    rendered = b"const prices = {{ prices_json|safe }};\nrender(prices);\n"
    assert classify("web/prices.js", "javascript", rendered, SKIP).language == TEMPLATE
    assert classify("web/user.js", "javascript", b"show({{ user.id }});\n", SKIP).language == TEMPLATE
    assert classify("web/user.js", "javascript", b"var u = '{{ user.id }}';\n", SKIP).language == "javascript"
    jsx = b"export const Box = () => <div style={{ color }}>{label}</div>;\n"
    assert classify("web/box.js", "javascript", jsx, SKIP).language == "javascript"
    vue = b"export default {\n  template: `\n{% raw %}\n<p>{{ total|currency }}</p>`,\n};\n"
    assert classify("web/total.js", "javascript", vue, SKIP).language == "javascript"
    hidden = b"/*\n{% if debug %}\n*/\nel.innerHTML = location.hash;\n"
    assert classify("web/page.js", "javascript", hidden, SKIP).language == "javascript"
    # a Jinja-named file is a template when it has template syntax, else the file its inner name says
    templated = b"FROM {{ base_image }}\nUSER app\n"
    assert classify("deploy/Dockerfile.j2", "dockerfile", templated, SKIP).language == TEMPLATE
    assert classify("deploy/Dockerfile.j2", "dockerfile", b"FROM python:3.12\n", SKIP).language == "dockerfile"
    assert classify("roles/x/settings.py.j2", "python", b"DEBUG = {{ debug }}\n", SKIP).language == TEMPLATE
    dockerfile = b"FROM python:3.12\n{% if dev %}\nRUN pip install debugpy\n{% endif %}\n"
    assert classify("Dockerfile", "dockerfile", dockerfile, SKIP).language == TEMPLATE


def test_minified_by_its_code_and_binary_files_under_text_names() -> None:
    # a long licence comment or an embedded data string does not make hand-written code minified
    commented = b"// " + b"x" * 2000 + b"\n" + b"el.innerHTML = location.hash;\n"
    assert classify("web/app.js", "javascript", commented, SKIP).language == "javascript"
    icon = b'const ICON = "data:image/png;base64,' + b"A" * 5000 + b'";\nel.innerHTML = location.hash;\n'
    assert classify("web/icon.js", "javascript", icon, SKIP).language == "javascript"
    # an esbuild bundle, unminified: its module wrappers say what it is
    bundle = b"var __commonJS = (cb, mod) => function __require() {\n  return mod;\n};\n// src/app.js\nrun();\n"
    assert classify("web/build/app.js", "javascript", bundle, SKIP).category == GENERATED
    assert classify("web/app.js", "javascript", b"function __commonJS() {}\n", SKIP).language == "javascript"
    # a video segment named .ts (188-byte packets opening with 0x47) and an image named .json are not code
    mpeg = (b"\x47\x40\x11\x10" + bytes(range(184))) * 4
    assert classify("media/intro.ts", "typescript", mpeg, SKIP).reason == MPEG_STREAM
    assert classify("web/Game.ts", "typescript", b"G" + b" " * 400 + b"\n", SKIP).language == "typescript"
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256))
    assert classify("assets/logo.json", "json", png, SKIP).reason == BINARY_DATA
    assert classify("assets/data.json", "json", b'{"a": "caf\xc3\xa9"}\n', SKIP).language == "json"


def test_python_is_python_whatever_it_looks_like() -> None:
    """A file that parses is Python, template syntax in strings or not; vendored Python is checked; a broken
    file without template syntax stays Python (and fails closed in the scan)."""
    in_strings = 'PAGE = """\n{% if x %}\n{{ y }}\n{% endif %}\n"""\n'
    assert classify("app/pages.py", "python", in_strings.encode(), SKIP).language == "python"
    assert classify("vendor/lib/helper.py", "python", VULNERABLE_PY.encode(), SKIP).language == "python"
    assert classify("app/broken.py", "python", BROKEN_PY.encode(), SKIP).language == "python"
    assert classify("vendor/lib/helper.py", "python", b"x = 1\n", SKIP | {"vendored-python"}).language is None
    # Python 2 code no Python 3 interpreter runs: skipped in a vendored tree, Python (failing closed) elsewhere
    python2 = b'def show(x):\n    print "value:", x\n'
    assert classify("gslib/vendored/boto/show.py", "python", python2, SKIP).reason == PYTHON2
    assert (
        classify("third_party/lib/show.py", "python", b"try:\n    f()\nexcept IOError, e:\n    pass\n", SKIP).reason
        == PYTHON2
    )
    assert classify("third_party/crc/table.py", "python", b"MASK = 0xFFFFFFFFL\n", SKIP).reason == PYTHON2
    assert classify("app/show.py", "python", python2, SKIP).language == "python"
    assert classify("third_party/lib/show.py", "python", python2, frozenset()).language == "python"
    # Python 3 code that mentions Python 2 (in a docstring, a backquoted word) or is broken otherwise is Python
    mentions = b'"""Was `print "x"` in Python 2."""\nprint("x")\n'
    assert classify("third_party/lib/show.py", "python", mentions, SKIP).language == "python"
    assert classify("third_party/lib/broken.py", "python", BROKEN_PY.encode(), SKIP).language == "python"
    # with nothing skipped, a minified bundle and a vendored library are checked as JavaScript
    assert classify("web/app.js", "javascript", MINIFIED.encode(), frozenset()).language == "javascript"
    assert classify("vendor/x.js", "javascript", b"var a = 1;\n", frozenset()).language == "javascript"


def _project(project, extra: dict[str, str] | None = None) -> Path:  # type: ignore[no-untyped-def]
    return project(  # type: ignore[no-any-return]
        {
            "web/catalog.js": JS_TEMPLATE,
            "web/app.js": MINIFIED,
            "static/tinylib/vendor/tinylib.js": VENDORED_JS,
            "web/show.ts": REAL_TS,
            "i18n/fr.ts": QT_TS,
            "pkg/deploy.zsh": ZSH_COMPLETION,
            "skeleton/{{name}}.py": PY_TEMPLATE,
            "chart/templates/deployment.yaml": HELM,
            "templates/profile.html": "<div>{{ member.bio|safe }}</div>\n",
            "vendor/lib/helper.py": VULNERABLE_PY,
            "guidelint.toml": "",
            **(extra or {}),
        }
    )


def test_non_code_files_are_skipped_and_listed_real_source_is_checked(cli, project) -> None:
    root = _project(project)
    run = cli("scan", "--no-cache", "--format", "json", cwd=root)
    document = run.json()
    assert run.exit_code == 1, run.stdout  # complete: exit 2 would mean something was not checked
    assert document["not_checked"] == []
    assert document["skipped"] == [
        {"path": "i18n/fr.ts", "reason": NOT_TYPESCRIPT},
        {"path": "pkg/deploy.zsh", "reason": OTHER_SHELL},
        {"path": "static/tinylib/vendor/tinylib.js", "reason": "vendored third-party code"},
        {"path": "web/app.js", "reason": "generated or minified"},
    ]
    found = {(f["rule"], f["path"]) for f in document["findings"]}
    assert ("OUT201", "web/show.ts") in found  # real TypeScript is still TypeScript
    assert ("INP102", "vendor/lib/helper.py") in found  # Python is never skipped as vendored by default
    assert ("OUT202", "templates/profile.html") in found  # templates go to the template rules
    assert ("OUT202", "web/catalog.js") in found
    assert not any(path == "skeleton/{{name}}.py" for _, path in found)  # a template, with nothing unescaped

    text = cli("scan", "--no-cache", cwd=root)
    assert "skipped:   " in text.stdout and "1 XML, not TypeScript" in text.stdout
    assert "--show-skipped lists them" in text.stdout
    listed = cli("scan", "--no-cache", "--show-skipped", cwd=root)
    assert "web/app.js: generated or minified" in listed.stdout

    sarif = json.loads(cli("scan", "--no-cache", "--format", "sarif", cwd=root).stdout)
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert {n["message"]["text"] for n in notes if n["level"] == "note"} >= {
        "i18n/fr.ts: skipped, not checked: XML, not TypeScript"
    }


def test_real_source_that_cannot_be_parsed_still_fails_closed(cli, project) -> None:
    root = _project(project, {"app/broken.py": BROKEN_PY, "app/broken.ts": "export function (: {\n"})
    run = cli("scan", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code == 2
    assert {p["what"] for p in run.json()["not_checked"]} == {"app/broken.py", "app/broken.ts"}


def test_python2_code_is_skipped_only_where_vendored(cli, project) -> None:
    python2 = 'def show(x):\n    print "value:", x\n'
    root = project({"third_party/oldlib/show.py": python2, "tools/show.py": python2})
    run = cli("scan", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code == 2
    document = run.json()
    assert document["skipped"] == [{"path": "third_party/oldlib/show.py", "reason": PYTHON2}]
    (problem,) = document["not_checked"]
    assert (problem["what"], problem["line"]) == ("tools/show.py", 2)
    assert problem["reason"].endswith("(Python 2 source: a print statement)")
    # in test code (not deployed) it is listed as partly checked and does not fail the scan
    (root / "tools/show.py").rename(root / "tests_show.py")
    (root / "tests").mkdir()
    (root / "tests_show.py").rename(root / "tests/test_show.py")
    run = cli("scan", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code == 0, run.stdout
    (note,) = run.json()["partly_checked"]
    assert (note["what"], note["kind"]) == ("tests/test_show.py", "python2")
    assert note["reason"].endswith("(Python 2 source: a print statement) (test code)")


def test_the_configuration_decides_what_is_skipped(cli, project) -> None:
    root = _project(project, {"guidelint.toml": 'skip = ["vendored", "vendored-python"]\n'})
    document = cli("scan", "--no-cache", "--format", "json", cwd=root).json()
    skipped = {s["path"] for s in document["skipped"]}
    assert "vendor/lib/helper.py" in skipped and "web/app.js" not in skipped  # generated files are checked
    assert any("vendored-python" in w for w in document["weakenings"])

    root = _project(project, {"guidelint.toml": "skip = []\n"})
    document = cli("scan", "--no-cache", "--format", "json", cwd=root).json()
    assert {s["path"] for s in document["skipped"]} == {"i18n/fr.ts", "pkg/deploy.zsh"}  # not code: no choice
    assert ("OUT201", "static/tinylib/vendor/tinylib.js") in {(f["rule"], f["path"]) for f in document["findings"]}


def test_the_policy_bounds_what_a_repository_may_skip(cli, project, tmp_path_factory) -> None:
    policy = tmp_path_factory.mktemp("csirt") / "policy.toml"
    root = _project(project, {"guidelint.toml": 'skip = ["vendored-python"]\n'})
    policy.write_text("")  # a policy without allow-skip: the defaults only
    run = cli("scan", "--no-cache", "--policy", str(policy), cwd=root)
    assert run.exit_code == 2 and "skip: 'vendored-python' is not allowed by the policy" in run.stderr

    policy.write_text("allow-skip = []\n")  # everything is checked, whatever the repository's defaults
    root = _project(project, {"guidelint.toml": ""})
    document = cli("scan", "--no-cache", "--policy", str(policy), "--format", "json", cwd=root).json()
    assert {s["path"] for s in document["skipped"]} == {"i18n/fr.ts", "pkg/deploy.zsh"}


def test_files_over_the_size_limit_are_judged_by_their_first_bytes(cli, project) -> None:
    # a 2 MiB+ bundle or JSON fixture is common in web applications; judged by its name and first 256 KB,
    # minified code and data are skipped and listed, while source over the limit still fails closed
    limit = "max-file-size = 100000\n"
    root = project(
        {
            "static/charts.min.js": "var a=1;" * 20_000,
            "static/app.js": ("x(" + "1," * 600 + "1);") * 100,  # minified without a telling name
            "fixtures/rates.json": json.dumps([{"currency": "EUR", "rate": 1.0}] * 8_000),
            "guidelint.toml": limit,
        }
    )
    run = cli("scan", "--no-cache", "--format", "json", cwd=root)
    assert run.exit_code == 0, run.stdout
    assert run.json()["skipped"] == [
        {"path": "fixtures/rates.json", "reason": "data file over max-file-size"},
        {"path": "static/app.js", "reason": "generated or minified"},
        {"path": "static/charts.min.js", "reason": "generated or minified"},
    ]
    (root / "web").mkdir()
    (root / "web" / "forms.js").write_text("function f(x) {\n  return x + 1;\n}\n" * 5_000)
    (root / "jobs.py").write_text("x = 1\n" * 20_000)
    run = cli("scan", "--no-cache", cwd=root)
    assert run.exit_code == 2, run.stdout
    assert "web/forms.js: not checked: file too large" in run.stdout
    assert "jobs.py: not checked: file too large" in run.stdout
    (root / "guidelint.toml").write_text(limit + 'skip = ["generated", "vendored"]\n')  # data now fails closed too
    run = cli("scan", "--no-cache", "--format", "json", cwd=root)
    assert "fixtures/rates.json" in {p["what"] for p in run.json()["not_checked"]}


def test_a_warm_scan_checks_each_file_as_the_cold_one_did_and_a_new_skip_list_reclassifies(
    cli, project, private_cache
) -> None:
    """A cached result keeps what its file was classified as (a template in `.js`, Python, a skip): the warm
    scan does not classify again and reports the same; the configuration's `skip` is part of the cache key,
    so skipping vendored Python afterwards is not answered from results cached before it."""
    root = _project(project, {"guidelint.toml": "skip = []\n"})
    cold = cli("scan", "--format", "json", cwd=root).json()
    warm = cli("scan", "--format", "json", cwd=root).json()
    assert warm == cold
    assert ("INP102", "vendor/lib/helper.py") in {(f["rule"], f["path"]) for f in warm["findings"]}
    (root / "guidelint.toml").write_text('skip = ["vendored-python"]\n')
    document = cli("scan", "--format", "json", cwd=root).json()
    assert "vendor/lib/helper.py" in {s["path"] for s in document["skipped"]}
    assert "vendor/lib/helper.py" not in {f["path"] for f in document["findings"]}
