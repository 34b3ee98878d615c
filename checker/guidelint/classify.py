"""What a file is, by its content as well as its name, before an engine is chosen.

A file's name says which language it should be; its first bytes and its lines say what it is:
- a **template** (Django/Jinja block tags such as `{% autoescape off %}` in a `.js`, `.yml` or `.html` file or a
  Dockerfile, an expression where a script needs a value, `const rows = {{ rows|safe }};`, a `.py`/`.wsgi`
  file that only becomes Python once rendered, a Helm chart's `.yaml` that is YAML only once rendered) is
  checked by the template rules, never parsed as JavaScript or Python; in a script only its code counts,
  not its strings and comments (a Vue template string or a commented-out tag leaves it JavaScript);
- **generated or minified** JavaScript (very long lines of code, not of comments or strings, `*.min.js`,
  hashed names, `dist/` folders, bundler runtimes and source-map markers) and
  **vendored** copies of third-party code (`node_modules/`, `vendor/`, `static/*/vendor/`, files named
  after a known library or carrying its release banner, built JavaScript whose leading comments hold a
  library's preserved licence banner, Sphinx's scripts in a built documentation's `_static/`) are
  skipped, each listed by name and reason;
- a file **over the size limit** (`max-file-size`) is judged by its first 256 KB: skipped when they make it
  minified, bundled or vendored, or when it is data (JSON: `large-data`); source fails closed (exit 2);
- a file that is **not the language its name says** (a Qt translation `.ts` is XML and a video segment `.ts`
  an MPEG transport stream, not TypeScript; an image named `.json` or `.js` is binary content; a zsh or C
  shell script is not bash; a Cython `.pyx` that declares C is not Python) is skipped and listed;
- a Jupyter notebook is checked as the JSON it is; the Python of its cells is checked too where its kernel
  runs Python (guidelint.notebooks), and the notebook is listed as partly checked where it is not.

Python is never skipped as generated or vendored by default: a pull request must not hide source by making it
look like someone else's (`skip = ["vendored-python"]` does it where the CSIRT policy allows). The one
exception is **Python 2 code in a vendored tree** (a `print` statement, `except E, e:`): no Python 3 interpreter
can run it, so skipping it (listed, category `vendored`) hides nothing that runs; outside vendored trees it
fails closed, its reason naming the Python 2 construct. A Python file that does not parse is a template only
when it also has template syntax (Jinja's or Mako's); otherwise it fails closed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Any

TEMPLATE = "template"
"""The language of template files (checked by the rules written for `languages: [template]`)."""

GENERATED = "generated"
VENDORED = "vendored"
VENDORED_PYTHON = "vendored-python"
LARGE_DATA = "large-data"
CATEGORIES = (GENERATED, VENDORED, VENDORED_PYTHON, LARGE_DATA)
DEFAULT_SKIP = (GENERATED, VENDORED, LARGE_DATA)
"""What a scan skips unless the configuration says otherwise (`skip = [...]`)."""

# skip reasons, as reports list them
REASONS = {
    GENERATED: "generated or minified",
    VENDORED: "vendored third-party code",
    VENDORED_PYTHON: "vendored third-party code",
    LARGE_DATA: "data file over max-file-size",
}
DATA_LANGUAGES = frozenset({"json"})
"""Languages of data, not code: a file of them over the size limit is skipped (`large-data`), not failed."""
PYTHON2 = "vendored Python 2 code (Python 3 cannot compile it)"
NOT_TYPESCRIPT = "XML, not TypeScript"
MPEG_STREAM = "MPEG transport stream, not TypeScript"
BINARY_DATA = "binary content, not JSON"
BINARY = "binary content, not {}"
_NAMES = {"javascript": "JavaScript", "typescript": "TypeScript", "yaml": "YAML", "dockerfile": "a Dockerfile"}
OTHER_SHELL = "zsh or C shell, not bash (no parser for it)"
CYTHON = "Cython with C declarations, not Python (no parser for it)"
NOTEBOOK_IN_LFS = "the Python of its cells (a Git LFS pointer: the notebook's content is not in the tree)"
"""Why a notebook committed to Git LFS is checked in part (one of another kernel: guidelint.notebooks)."""
NOTEBOOK_NOT_READ = "its cells' Python could not be read (a Jupyter notebook that is not valid JSON)"
"""Why a notebook that is not JSON is not checked: its cells may hold Python no engine saw (exit 2)."""

CONTENT_DECIDES = frozenset({"html"})
"""Languages selected only to be read: such a file is checked when its content makes it a template."""

_VENDOR_DIRS = frozenset(
    {
        "node_modules",
        "bower_components",
        "jspm_packages",
        "vendor",
        "vendors",
        "vendored",
        "_vendor",
        "third_party",
        "thirdparty",
    }
)
# file names of widely copied browser libraries (their own projects check them)
_LIBRARIES = re.compile(
    r"^(jquery|bootstrap|popper|angular|react(-dom)?|vue|lodash|underscore|moment|d3|chart|select2|"
    r"backbone|handlebars|mustache|knockout|ember|dojo|prototype|mootools|modernizr|require|almond|"
    r"codemirror|ace|tinymce|ckeditor|leaflet|highcharts|datatables|fullcalendar|typeahead|sortable|"
    r"html5shiv|respond|es5-shim|es6-shim|polyfill|core-js|zxcvbn|qrcode|pdf|marked|dompurify|"
    r"highlight|prism|katex|mathjax|clipboard|sweetalert2?)([.-][\w.-]*)?\.(js|mjs|ts)$",
    re.IGNORECASE,
)
# the scripts Sphinx copies into the `_static/` folder of every HTML documentation build it writes
_SPHINX_STATIC = re.compile(r"^(doctools|searchtools|sphinx_highlight|language_data|documentation_options)\.js$")
# a library's release banner: /*! jQuery v3.7.1 | (c) ... */, /** @license React v18 */ on the first line, or
# the version on one of the first lines of a `/*!` comment (the comment minifiers keep): /*!\n * Cropper.js v1.5.11
_BANNER = re.compile(
    rb"^\s*/\*(?:![^\n]*?(?:\n[ \t]*\*(?!/)[^\n]*?){0,3}?|\*[^\n]*?)(\bv?\d+\.\d+\.\d+|@license)", re.IGNORECASE
)
# a copy of a library as it is released, built into one JavaScript file, opens with comments only (a build
# command, a note that the copy was customised) and among them the licence banner its minifier keeps: a
# comment opening `/*!` or marked `@license`/`@preserve` that names a release (`v2.8.1`) or a dated copyright
# notice (`Copyright 2008-2015, Printio`, `(c) 2014 Name`). Each comment is matched once, from where the one
# before it ended, within the file's first BANNER_HEAD bytes; a comment after the first code is not read
_LEADING_COMMENT = re.compile(rb"\s*(//[^\n]*|/\*.*?\*/)", re.DOTALL)
_PRESERVED = re.compile(rb"^/\*!|@license\b|@preserve\b", re.IGNORECASE)
_RELEASE_OR_COPYRIGHT = re.compile(
    rb"\bv?\d+\.\d+\.\d+|(?:\bcopyright\b|\(c\)|\xc2\xa9)(?:\s*(?:\(c\)|\xc2\xa9))?\s*(?:19|20)\d\d\b", re.IGNORECASE
)
BANNER_HEAD = 8192
_BUILT_SCRIPT = frozenset({".js", ".mjs", ".cjs"})
_BUNDLE_MARKERS = (b"__webpack_require__", b"webpackBootstrap", b"/*! For license information please see")
# esbuild's module wrappers, defined once at the top of each bundle it writes (`var __commonJS = (cb, mod) =>`)
_BUNDLER_RUNTIME = re.compile(rb"^var __(?:commonJS|toESM|esm) = ", re.MULTILINE)
_SOURCE_MAP = re.compile(rb"^//[#@] sourceMappingURL=\S+\s*\Z", re.MULTILINE)
# minified or bundled by name (also with a version after it: webhelp.min_v1.4.4.js), or named with a content hash
# by a static-files pipeline (app.3f2a9c1b7d4e.js)
_MINIFIED_NAME = re.compile(
    r"([.-](min|bundle|pack(ed)?)([._-][\w.-]*)?|\.[0-9a-f]{8,}|\.chunk)\.(js|mjs|ts)$", re.IGNORECASE
)
# build output folders: `dist/`, `static.dist/`, Django's collectstatic `staticfiles/`
_OUTPUT_DIRS = re.compile(r"^(dist|.+\.dist|staticfiles)$", re.IGNORECASE)
LONG_LINE = 1000  # hand-written code rarely has a line this long; minified code is made of them
MEAN_LINE = 200
CODE_HEAD = 256 * 1024

# a template block tag on a line of its own (`{% if x %}`, `{%- for ... -%}`): not JavaScript, YAML or Python
_TAG_LINE = re.compile(rb"^[ \t]*\{%-?\s*[a-z]\w*\b[^\n]*?-?%\}", re.MULTILINE)
# any template tag or expression: what makes an HTML file a template
_TEMPLATE_SYNTAX = re.compile(rb"\{%-?\s*[a-z]\w*\b|\{\{-?\s*[\w.'\"]")
# a Django/Jinja expression where a script needs a value (`= {{ rows|safe }}`, `({{ user.id }}`, `return {{`):
# never JavaScript there, as `{{ x }}` at a statement's start is (a block) or `style={{ color }}` in JSX; the
# expression must have a filter or a dotted name, which no object literal has
_VALUE_EXPRESSION = re.compile(rb"(?:[=(,:\[]|\breturn)\s*\{\{-?\s*\w+(?:\s*\|\s*\w|(?:\.\w+)+\s*(?:\||-?\}\}))")
# what a script's code is not: string and template literals and comments (a template tag in them is text).
# Matched by RE2, in time linear in the text: Python's `re` retried every `/*` of an unclosed comment and every
# quote of an unclosed string to the end (60 KB of `/*x` took 48 s, in the scan's own process)
_SCRIPT_NOISE = rb'"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|`(?:[^`\\]|\\.)*`|/\*.*?\*/|//[^\n]*'
# an XML document: its declaration, a doctype or Qt Linguist's <TS> root (a type assertion `<T>x` starts TypeScript)
_XML_DOCUMENT = re.compile(rb"\s*<(\?xml\b|!DOCTYPE\b|TS[\s>])")
# Mako: a control line (`% for x in rows:`, `% endif`), a tag (`<%inherit .../>`, `<%!`, `<%def>`) or an
# expression `${x}` at a line's start: what a `.py` file a Mako template renders into Python holds (searched
# from each line break, a literal the regex engine finds fast, and matched at the text's start: `_mako_line`)
_MAKO = rb"[ \t]*(?:%[ \t]*(?:for|if|elif|else|while|try|except|end\w+)\b|<%(?:!|[a-z]+\b)|\$\{)"
_MAKO_START, _MAKO_AFTER_BREAK = re.compile(_MAKO), re.compile(rb"\n" + _MAKO)
# a line that starts with a template expression `{{ name }}`, or a name made of one (`{{module_name}}.py`)
_EXPRESSION_LINE = re.compile(rb"^[ \t]*[\w.]*\{\{\s*[\w.]+", re.MULTILINE)


def _tag_line(data: bytes) -> bool:
    """`_TAG_LINE` searched only in a text holding "{%", which every match of it holds: the regex tries every
    line's start, the substring test costs a seventh of that (most files hold no template syntax)."""
    return b"{%" in data and _TAG_LINE.search(data) is not None


def _expression_line(data: bytes) -> bool:
    """`_EXPRESSION_LINE` searched only in a text holding "{{", which every match of it holds."""
    return b"{{" in data and _EXPRESSION_LINE.search(data) is not None


@dataclass(frozen=True)
class Kind:
    """The verdict on one file: the language to check it as, or why it is skipped (`language` None)."""

    language: str | None
    reason: str = ""
    category: str = ""  # the `skip` category that made it skipped ("" when it cannot be switched off)


def classify(rel: str, language: str, data: bytes, skip: frozenset[str] | set[str]) -> Kind:
    """What the file at `rel` (named as `language`) is, given its content and the categories to skip."""
    path = PurePosixPath(rel)
    if language != TEMPLATE and _jinja_name(path.name) and _TEMPLATE_SYNTAX.search(data):
        return Kind(TEMPLATE)  # `Dockerfile.j2`, `settings.py.j2` with `{{ }}`: rendered into that file later
    if language == "python":
        if path.suffix == ".pyx" and not _python(data):
            return Kind(None, CYTHON)
        if VENDORED_PYTHON in skip and _vendored_path(path):
            return Kind(None, REASONS[VENDORED_PYTHON], VENDORED_PYTHON)
        if VENDORED in skip and _vendored_path(path) and _python2(data):
            return Kind(None, PYTHON2, VENDORED)
        return Kind(TEMPLATE if _python_template(rel, data) else "python")
    if language == "typescript" and _XML_DOCUMENT.match(data):
        return Kind(None, NOT_TYPESCRIPT)  # a Qt translation (<?xml ... <TS>): `<any>x` alone is TypeScript
    if language == "typescript" and _mpeg_stream(data):
        return Kind(None, MPEG_STREAM)  # a video segment (HLS): binary packets, each opening with the sync byte
    if language in DATA_LANGUAGES and not _text(data):
        return Kind(None, BINARY_DATA)  # an image or archive under a data name: no code in it
    if language not in DATA_LANGUAGES and _binary(data):
        return Kind(None, BINARY.format(_NAMES.get(language, language)))  # an image or archive under a code name
    if language == "bash" and _other_shell(path, data):
        return Kind(None, OTHER_SHELL)
    if language in ("javascript", "typescript"):
        if VENDORED in skip and (_vendored_path(path) or _library_copy(path) or _library_banner(path, data)):
            return Kind(None, REASONS[VENDORED], VENDORED)
        if GENERATED in skip and _generated(path, data):
            return Kind(None, REASONS[GENERATED], GENERATED)
    elif VENDORED in skip and _vendored_path(path):
        return Kind(None, REASONS[VENDORED], VENDORED)
    if language in CONTENT_DECIDES:
        return Kind(TEMPLATE if _TEMPLATE_SYNTAX.search(data) else language)
    if language in ("javascript", "typescript") and _script_template(data):
        return Kind(TEMPLATE)
    if language in ("yaml", "json", "dockerfile") and _tag_line(data):
        return Kind(TEMPLATE)
    if language == "yaml" and b"{{" in data and not yaml_stream(data):
        return Kind(TEMPLATE)  # a Helm or Jinja template of YAML: `{{- if .Values.x }}` lines, `key: {{ x }}`
    return Kind(language)


def oversized(rel: str, language: str, head: bytes, skip: frozenset[str] | set[str]) -> Kind | None:
    """Why a file over the size limit is skipped, judged by its name and its first bytes (`head`): it is
    skipped as any file is (minified, bundled, vendored, not the language its name says), or it is data
    (`large-data`); None for source, which is then not checked (exit 2)."""
    kind = classify(rel, language, head, skip)
    if kind.language is None:
        return kind
    if kind.language in DATA_LANGUAGES and LARGE_DATA in skip:
        return Kind(None, REASONS[LARGE_DATA], LARGE_DATA)
    return None


def yaml_stream(data: bytes) -> bool:
    """Whether the data is YAML (each document composed, nothing constructed). `${{ github.sha }}` inside a
    value and Ansible's quoted "{{ var }}" are YAML; a file that is YAML only once rendered is not."""
    import yaml

    try:
        for _ in yaml.compose_all(data, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
            pass
    except (yaml.YAMLError, RecursionError, ValueError):
        return False
    return True


def _jinja_name(name: str) -> bool:
    from identify import identify

    return "jinja" in identify.tags_from_filename(name)


def _vendored_path(path: PurePosixPath) -> bool:
    return any(part.lower() in _VENDOR_DIRS for part in path.parts[:-1])


def _library_copy(path: PurePosixPath) -> bool:
    if _LIBRARIES.match(path.name):
        return True
    return path.parent.name == "_static" and _SPHINX_STATIC.match(path.name) is not None


def _library_banner(path: PurePosixPath, data: bytes) -> bool:
    """A script that opens with a library's release banner: `_BANNER` on its first lines, or (JavaScript as
    built, not TypeScript or JSX, which are sources a build compiles) a preserved licence comment naming a
    release or a dated copyright among the comments before its first code. A script whose code is a
    template (`{% load static %}`) is a project's own, whatever its comments claim."""
    if _BANNER.match(data[:512]) is None and not (path.suffix.lower() in _BUILT_SCRIPT and _leading_banner(data)):
        return False
    return not _script_template(data)


def _leading_banner(data: bytes) -> bool:
    """Whether a comment before the script's first code is a preserved licence banner (`_PRESERVED`) naming a
    release or a dated copyright notice (`_RELEASE_OR_COPYRIGHT`)."""
    head, end = data[:BANNER_HEAD], 0
    while (match := _LEADING_COMMENT.match(head, end)) is not None:
        comment, end = match.group(1), match.end()
        if _PRESERVED.search(comment) and _RELEASE_OR_COPYRIGHT.search(comment):
            return True
    return False


@lru_cache(maxsize=1)
def _script_noise() -> Any:
    import re2

    options = re2.Options()
    options.dot_nl = True
    return re2.compile(_SCRIPT_NOISE, options)


def _script_code(data: bytes) -> bytes:
    """A script without its string and template literals and comments, line breaks kept: what is code."""
    parts: list[bytes] = []
    last = 0
    for match in _script_noise().finditer(data):
        start, end = match.span()
        parts += (data[last:start], b"\n" * data.count(b"\n", start, end))
        last = end
    parts.append(data[last:])
    return b"".join(parts)


def _script_template(data: bytes) -> bool:
    """A JavaScript/TypeScript file a template engine renders: a block tag on a line of its own, or an
    expression where a value must be, in its code (in a string or a comment, template syntax is text that
    JavaScript carries, and the file is checked as JavaScript)."""
    if b"{%" not in data and b"{{" not in data:
        return False
    code = _script_code(data[:CODE_HEAD])  # a template says so early (`{% load static %}`); a bundle is long
    return _tag_line(code) or bool(_VALUE_EXPRESSION.search(code))


def _text(data: bytes) -> bool:
    from io import BytesIO

    from identify.identify import is_text

    return is_text(BytesIO(data))


_CONTROL = bytes(range(9)) + bytes(range(14, 32))  # no text has them, but for an odd NUL or escape


def _binary(data: bytes) -> bool:
    """Binary content (an image, an archive, compiled code) under a code file's name: its first bytes are not
    UTF-8 and a tenth of them are control bytes. A source file with a NUL or an escape in a string, or in
    Latin-1, is text, and checked."""
    head = data[:8192]
    if b"\0" not in head or len(head.translate(None, _CONTROL)) > 0.9 * len(head):
        return False
    try:
        head.decode("utf-8")
    except UnicodeDecodeError as error:
        return error.start < len(head) - 3  # not a character the cut at 8192 bytes split
    return False


def _mako_line(data: bytes) -> bool:
    """Whether a line of the text is one of Mako's (`_MAKO`)."""
    return _MAKO_START.match(data) is not None or _MAKO_AFTER_BREAK.search(data) is not None


def _mpeg_stream(data: bytes) -> bool:
    """An MPEG transport stream (the `.ts` of video segments): 188-byte packets, each opening with 0x47."""
    return len(data) >= 3 * 188 and all(data[i] == 0x47 for i in (0, 188, 376)) and not _text(data)


def _generated(path: PurePosixPath, data: bytes) -> bool:
    if any(_OUTPUT_DIRS.match(part) for part in path.parts[:-1]):
        return True
    if _MINIFIED_NAME.search(path.name) or any(marker in data for marker in _BUNDLE_MARKERS):
        return True
    if _BUNDLER_RUNTIME.search(data):
        return True  # a bundle of modules, node_modules' among them: each module's source is what to check
    if _SOURCE_MAP.search(data[-512:]):
        return True  # compiler or bundler output; its source is what to check
    # judged by the code: a long comment or string (a licence, an embedded icon) does not make a file minified;
    # the code of its first CODE_HEAD bytes tells (stripping a whole 2 MB bundle costs half a second)
    return _long_lined(data) and _long_lined(_script_code(data[:CODE_HEAD]))


def _long_lined(data: bytes) -> bool:
    """Made of long lines, as minified code is: a long mean line, or one line longer than any written by hand."""
    lines = data.count(b"\n") + 1
    if len(data) > 4 * MEAN_LINE and len(data) / lines > MEAN_LINE:
        return True
    return any(len(line) > LONG_LINE for line in data.split(b"\n")) if len(data) > LONG_LINE else False


_OTHER_SHELLS = frozenset({b"zsh", b"csh", b"tcsh"})


def _other_shell(path: PurePosixPath, data: bytes) -> bool:
    """A zsh or C shell script (by its suffix, a zsh completion header, or the shell its shebang names)."""
    first = data.split(b"\n", 1)[0]
    if path.suffix in (".zsh", ".csh", ".tcsh") or first.startswith(b"#compdef"):
        return True
    words = first[2:].split() if first.startswith(b"#!") else []
    if words and words[0].rsplit(b"/", 1)[-1] == b"env":
        words = [w for w in words[1:] if not w.startswith(b"-")]
    return bool(words) and words[0].rsplit(b"/", 1)[-1] in _OTHER_SHELLS


# what Python 2 code nearly always has and Python 3 rejects (print and exec statements, `except E, e:`,
# `raise E, "m"`, 10L, <>, ur""): a vendored file with none of them is not parsed to find out (backquotes and
# leading zeros are left out: docstrings and dates are full of them, and every vendored file would be parsed)
_PYTHON2_HINT = re.compile(
    rb"(?m)^[ \t]*(?:print|exec)[ \t]+[^\s(=.,)\]:;]|^[ \t]*(?:except|raise)\b[^\n]*,"
    rb"|\b(?:0[xX][0-9a-fA-F]+|\d+)[lL]\b|<>|\b[uU][rR]['\"]"
)


def _python2(data: bytes) -> bool:
    """Python 2 source: Python 3 stops at a construct only Python 2 has. No Python 3 interpreter runs such a
    file, so skipping it in a vendored tree hides nothing that runs; a file Python 3 compiles is Python."""
    if not _PYTHON2_HINT.search(data):
        return False
    import ast

    from guidelint.source import UncheckableSource, decode_python, python2_construct

    try:
        ast.parse(decode_python(data))
    except SyntaxError as error:
        return python2_construct(error) is not None
    except (UncheckableSource, ValueError, RecursionError, MemoryError):
        return False  # reported by the Python engines as it is
    return False


def _python(data: bytes) -> bool:
    """Whether the source is Python: a Cython module (`.pyx`) is, until it declares C (`cdef int n`)."""
    from guidelint.engines.libcst.prefilter import parses
    from guidelint.source import UncheckableSource, decode_python

    try:
        return parses(decode_python(data))
    except UncheckableSource:
        return True  # reported by the Python engines as it is (fails closed)


def notebook(rel: str, language: str) -> bool:
    """A Jupyter notebook: checked as the JSON it is, and its cells' Python as a module (guidelint.notebooks)."""
    return language == "json" and rel.endswith(".ipynb")


def _python_template(rel: str, data: bytes) -> bool:
    """A .py/.wsgi file with template syntax (Jinja's or Mako's, in its name or a line of its own) that does
    not parse as Python: a template rendered into Python later. A file that parses is Python, whatever it
    contains."""
    if not ("{{" in rel or "{%" in rel or _tag_line(data) or _expression_line(data) or _mako_line(data)):
        return False
    from guidelint.engines.libcst.prefilter import parses
    from guidelint.source import UncheckableSource, decode_python

    try:
        text = decode_python(data)
    except UncheckableSource:
        return False  # reported by the Python engines as it is
    if parses(text):
        return False  # Python's own parser accepts it: libcst is not asked (nor imported, on a warm scan)
    from guidelint.engines.libcst.parsing import syntax_problem

    return syntax_problem(rel, text) is not None
