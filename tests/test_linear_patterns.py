"""Our own patterns read the repository's text in time that grows with its length, not its square or
worse: `re` runs in C holding the GIL, so a pattern that backtracks is stopped only by the kernel's limit on
the whole process (test_hard_limits), and costs the file. Each input below took minutes to hours before
(measured: quadratic or exponential); the bounds leave a margin of a hundred times for a loaded machine."""

from __future__ import annotations

import importlib.util
import re
import time

import yaml
from guidelint.cst.credentials import has_scheme
from guidelint.engines.taint.tables import in_host
from guidelint.needles import Probe
from guidelint.suppressions import parse_python

from tests.conftest import REPO

BOUND = 5.0  # seconds; each input takes milliseconds


def _seconds(function: object, *args: object) -> float:
    started = time.perf_counter()
    function(*args)  # type: ignore[operator]
    return time.perf_counter() - started


def test_a_suppression_reason_ending_in_a_long_run_of_spaces() -> None:
    text = "x = 1  # guidelint: ignore[INP102] reviewed" + " " * 300_000 + "x\n"
    assert _seconds(parse_python, text) < BOUND  # was ~11 s a 100,000 spaces, growing with their square
    (directive,) = parse_python("x = 1  # guidelint: ignore[INP102] reviewed  */\n")
    assert directive.reason == "reviewed"


def test_text_before_a_value_that_ends_in_a_urls_host() -> None:
    assert in_host("https://") and in_host("svc+tls://api.") and in_host("\0://")
    assert not in_host("https://api/") and not in_host("https://a?q=") and not in_host("x_https://")
    assert not in_host("://") and not in_host("é://")
    for before in ("a+" * 150_000, "a" * 300_000 + "://", "://" + ":" * 300_000, "https://" + "a" * 300_000):
        assert _seconds(in_host, before) < BOUND  # "a+" * 100,000: was ~40 s


def _aud101_needle() -> re.Pattern[str]:
    module = _rule_module("aud101_swallowed_exception")
    (needle,) = module.SwallowedException.needles  # type: ignore[attr-defined]
    assert isinstance(needle, re.Pattern)
    return needle


def test_a_handler_followed_by_a_comment_banner() -> None:
    needle = _aud101_needle()
    banner = "try:\n    run()\nexcept:  " + "# " * 40 + "\n    raise\n"  # 20 '#' took 12 s, doubling with each
    assert _seconds(needle.search, banner) < BOUND
    assert needle.search(banner) is None
    assert needle.search("except Exception:  # " + "#" * 40 + "\n    # why\n    pass\n")
    assert needle.search("except:\n    ...\n") and not needle.search("except:  # pass\n    raise\n")
    assert not needle.search("except:\n    passes()\n")


def _rule_module(name: str) -> object:
    spec = importlib.util.spec_from_file_location(name, REPO / f"rules/python/{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_long_word_where_a_web_address_is_looked_for() -> None:
    address: re.Pattern[str] = _rule_module("out101_jinja2_autoescape").WEB_ADDRESS  # type: ignore[attr-defined]
    assert _seconds(address.sub, "", "a" * 300_000) < BOUND  # 20,000 characters took 0.5 s, growing with the square
    assert address.sub("", "see https://example.org/a?b=<c> and x+ftp://h/") == "see  and x+"


def test_a_run_of_colons_after_a_schemes_slashes() -> None:
    gate: re.Pattern[str] = _rule_module("sec101_hardcoded_credentials")._GATE  # type: ignore[attr-defined]
    assert _seconds(gate.search, "://" + ":" * 300_000) < BOUND  # 20,000 took 0.7 s, growing with the square
    assert gate.search("postgres://app:s3cret@db/x") and gate.search("redis://:a:b@cache")
    assert not gate.search("https://example.org/a:b@c") and not gate.search("x://a@b:c")


def test_a_line_of_many_asserts_and_a_file_of_many_excepts() -> None:
    acc106 = _rule_module("acc106_assert_security_check").AssertSecurityCheck  # type: ignore[attr-defined]
    assert_needle = acc106.needles[0]
    assert _seconds(Probe("assert " * 40_000).has, assert_needle) < BOUND  # 3,000 took 0.7 s, the square
    assert Probe("x = 1\nassert ok, 'x'; assert user.is_admin\n").has(assert_needle)
    assert not Probe("assert total > 0\nadmin = 1\n").has(assert_needle)
    models = yaml.safe_load((REPO / "rules/taint/models/diagnostics.yaml").read_text(encoding="utf-8"))
    caught = re.compile(next(n["re"] for n in models["needles"] if isinstance(n, dict)))
    assert _seconds(Probe("import flask\n" + "except " * 40_000).has, caught) < BOUND  # 7,000 took 1.1 s
    assert Probe("import flask\ntry:\n    x()\nexcept (KeyError, ValueError) as exc:\n    pass\n").has(caught)
    assert not Probe("import flask\ntry:\n    x()\nexcept KeyError:\n    pass\n").has(caught)


def test_a_url_with_a_password_after_a_long_run_of_scheme_characters() -> None:
    sec101 = _rule_module("sec101_hardcoded_credentials")

    def passwords(text: str) -> list[str]:
        return [
            found.group(2)
            for found in sec101._URL_CREDENTIALS.finditer(text)  # type: ignore[attr-defined]
            if has_scheme(text, found.start())
        ]

    for text in ("a-" * 150_000 + " ftp://u:hunter2@h", "a-" * 150_000 + "://u:hunter2@h", "1" * 300_000 + "://u:x@h"):
        assert _seconds(passwords, text) < BOUND  # "a-" * 20,000: was 0.7 s, growing with the square
    assert passwords("a-" * 1000 + " ftp://u:hunter2@h") == ["hunter2"]
    assert passwords("db = 'postgres+psycopg://app:s3cret@db/x'") == ["s3cret"]
    assert passwords("x_1ftp://u:p@h") == [] and passwords("://u:p@h") == [] and passwords("é://u:p@h") == []


def test_a_run_of_secret_words_before_no_comparison() -> None:
    needle, getter = _rule_module("cry107_timing_unsafe_compare").TimingUnsafeCompare.needles  # type: ignore[attr-defined]
    for text in ("x = '" + "token" * 40_000 + "'\n", "h.get('" + "token" * 40_000 + "'\n", ".get('-" * 40_000):
        for pattern in (needle, getter):
            assert _seconds(Probe(text).has, pattern) < BOUND  # 200 KB: was 111 s, growing with the square
            assert not Probe(text).has(pattern)
    assert Probe("if request_token == stored:\n").has(needle) and Probe("if x != cfg.api_key:\n").has(needle)
    assert Probe("ok = headers.get('X-Hub-Signature-256', '') == expected\n").has(getter)


def test_the_names_a_module_may_store_into() -> None:
    from guidelint.engines.taint.modulestate import _written_in_text

    methods = frozenset({"append", "update", "set", "contextvars.ContextVar.set"})
    text = (
        "notes.append(x)\nBoard.posts.append(y)\nCACHE[k] = 1\nSTATE.desk += 2\nif A[k] == 1:\n    global LAST, NEXT\n"
    )
    assert _written_in_text(text, methods) == {"notes", "Board", "CACHE", "STATE", "LAST", "NEXT"}
    for text in ("x" + ".a" * 200_000, "a[" * 150_000, "global " * 150_000, "x[" + "]" * 150_000 + "=", "a." * 150_000):
        assert _seconds(_written_in_text, text, methods) < BOUND


def test_a_script_with_unclosed_comments_or_strings_is_classified_in_linear_time() -> None:
    """Whether a `.js` file is a template is judged on its code without strings and comments; `re` retried
    every `/*` of an unclosed comment, and every quote of an unclosed string, to the end (60 KB: 48 s and
    60 s, in the scan's own process, where no time limit applies)."""
    from guidelint.classify import DEFAULT_SKIP, classify

    skip = set(DEFAULT_SKIP)
    for data in (b"/*x" * 85_000 + b"{{ a }}", b'"' + b'x\\"' * 85_000 + b"\n{{ a }}", b"'x" * 100_000 + b"{%"):
        assert _seconds(classify, "app.js", "javascript", data, skip) < BOUND
    template = b"var a = 1; // {% comment %}\n{% if user %}\nvar b = '{{ x }}';\n{% endif %}\n"
    assert classify("app.js", "javascript", template, skip).language == "template"
    quoted = b"var a = '{% if x %}'; /* {{ y.z|safe }} */\nvar s = `\n{% endif %}\n`;\n"
    assert classify("app.js", "javascript", quoted, skip).language == "javascript"
