"""Prefilter needles: the guarded and word-indexed lookups give exactly the answers of plain searches."""

from __future__ import annotations

import re

import pytest
from guidelint.needle_forms import alternatives, conjuncts, lowered_twin
from guidelint.needles import ANCHORED, Probe, Substrings, guard_of, start_of

PATTERNS = [
    r"(?i)passw|passwd|\bpwd\b|passphrase",
    r"(?<![\w.])(?<!def )(?:eval|exec|compile)\s*\(",
    r"^(?=[\s\S]*\bassert\s)(?=[\s\S]*\brequest\.)",
    r"(?i:http|ftp)://",
    r"Template\s*\(|\bTemplate\s+as\b",
    r"[+*?]\)[+*{]",  # no literal to guard with: always run
    r"x(?i:SECRET)",  # a scoped flag makes the guard case-insensitive
    r"(?i)assert\s[^\n]*(?:user|perm)",  # every match starts with "assert": matched only where it occurs
    r"\bimport random\b|\bfrom random import\b|\bimport [^\n]*\brandom\b",
    r"(?i)(?-i:Pass)word",
    r"(?m)^request\.",  # a line start, not the text's
    r"(?i)token\w*\s*[!=]=|[!=]=\s*[\w.]*token",
    r"(?i)[A-Z]ssword",  # an upper-case set: any letter under the flag, none on lower-cased text
    r"(?i)[a-zA-Z]ssword|(?:pin)\b",
    r"(?i)(pass)word\1",  # a back-reference: not split, compared ignoring case
    r"(a)|b\1",
    r"(?i)<\\?/?\s*(script|embed)|(\\s| )on(\w)|javascript\s*:",
    r"(?is)x.y|[^a]ssword",
    r"[+*?}]\)[+*{]|\[a\|b]|(?:x|y)\|",  # `|` escaped and inside sets and groups
    r"(?i)passw(?-i:ORD)|other",
    r"(?i)\A(?=[\S\s]*\bASSERT\s)(?=[\s\S]*[(]ok|[\s\S]*\bperm)",  # `|` in a lookahead: not split
    r"^(?=[\s\S]*x)(?=[\s\S]*?y)(?=[\s\S]*(?<=\n)import)",
]
TEXTS = [
    "",
    "password = get()\n",
    "PassWord = 1\n",
    "pwd = 1\npwdx = 2\n",
    "x = eval (data)\n",
    "def eval(x): ...\n",
    "obj.eval(x)\n",
    "assert user\nrequest.GET\n",
    "assert user\n",
    "url = 'HTTP://host'\n",
    "Template ( 'x' )\n",
    "import Template as T\n",
    "re.compile('(a+)+')\n",
    "xsecret\n",
    "\u017fecret = 1\npa\u017f\u017fword = 2\n",  # LATIN SMALL LETTER LONG S: (?i)s matches it, lower() does not give s
    "\u212aey = 1  # KELVIN SIGN\n",
    "import os, random\nASSERT  x\nassert User\n",
    "x = 1\n" + "assert ok\n" * 70 + "assert perm\n",  # more places than are matched one by one
    "password = 1\nPassword = 2\nPASSWORD = 3\n",
    "from random import choice\n",
    "if x == y: pass\nif a != TOKEN: pass\n",
    "x = '<SCRIPT>'\ny = 'a onClick'\nJavaScript :\n",
    "PASSWORDpass\nXssword\nX\nY\nb\na\n[a|b]\ny|\n",
    "passWORD\npassword\n\u017fssword\n",
]


@pytest.mark.parametrize("pattern", PATTERNS)
def test_a_guarded_regex_answers_as_the_regex_does(pattern: str) -> None:
    compiled = re.compile(pattern)
    for text in TEXTS:
        assert Probe(text).has(compiled) == (compiled.search(text) is not None), (pattern, text)


def test_guards_are_literals_every_match_contains() -> None:
    assert guard_of(re.compile(r"(?i)passw|passwd|\bpwd\b|passphrase")) == (
        ("passphrase", "passw", "passwd", "pwd"),
        True,
    )
    assert guard_of(re.compile(r"def\s+\w+\s*\(\s*request\b")) == (("request",), False)
    assert guard_of(re.compile(r"[+*?]\)[+*{]")) is None


def test_where_matches_start() -> None:
    assert start_of(re.compile(r"(?i)assert\s[^\n]*perm")) == (("assert",), True)
    assert start_of(re.compile(r"(?<![\w.])(?:eval|exec)\s*\(")) == (("eval", "exec"), False)
    assert start_of(re.compile(r"^(?=[\s\S]*\bassert\s)")) is ANCHORED
    assert start_of(re.compile(r"(?m)^assert")) is None  # any line start
    assert start_of(re.compile(r"a?bc")) is None  # may start with "a" or "b"
    assert start_of(re.compile(r"[!=]=\s*token")) == (("!=", "=="), False)
    assert start_of(re.compile(r"[\"'](?:http|ftp)://")) == (('"ftp://', '"http://', "'ftp://", "'http://"), False)


def test_substring_needles_are_found_inside_longer_words_and_across_punctuation() -> None:
    needles = Substrings(["pickle", "yaml", "verify=False", "ldap://", "cPickle", "absent"])
    probe = Probe("import cPickle\nunpickled = 1\nrequests.get(u, verify=False)\nx = 'ldap://h'\n")
    assert probe.substrings(needles) == {"pickle", "verify=False", "ldap://", "cPickle"}
    assert probe.has("pickle") and probe.has("npick") and not probe.has("yaml")


def test_cnf101_looks_for_ssn_as_a_word_of_a_name() -> None:
    from guidelint.engines.libcst.prefilter import found
    from guidelint.pack import builtin_pack_dir, load_pack

    (rule,) = [r.impl for r in load_pack(builtin_pack_dir()).rules if r.meta.id == "CNF101"]
    needles = rule.prefilter()
    for text in ("log(user_ssn)", "log(ssn)", "log(customerSsn)", "log(SSN)", "log(CLIENT_SSN)"):
        assert found(needles, text), text
    for text in ("self.classname = name", "CLASSNAME = 1", "className()"):
        assert not found(needles, text), text


def test_a_regex_is_searched_as_its_alternatives_and_its_lower_cased_twin() -> None:
    parts = alternatives(re.compile(r"(?i)ab\|c|[|]d|(e|f)g"))
    assert parts is not None and [p.pattern for p in parts] == [r"(?i)ab\|c", "[|]d", "(e|f)g"]
    assert all(p.flags & re.IGNORECASE for p in parts)
    assert alternatives(re.compile(r"(a)|b\1")) is None  # groups would be renumbered
    assert alternatives(re.compile(r"abc|abd")) is None  # the parser factors "ab" out
    assert alternatives(re.compile(r"(?x) a | b")) is None
    twin = lowered_twin(re.compile(r"(?i)passw(or)?d[\"']?\s*[:=]"))
    assert twin is not None and not twin.flags & re.IGNORECASE and twin.groups == 1
    assert lowered_twin(re.compile(r"(?is)x.y")) == re.compile(r"(?s)x.y")
    assert lowered_twin(re.compile(r"(?i)[a-zA-Z_]\w*")) is not None
    both = conjuncts(re.compile(r"^(?=[\s\S]*\bassert\s)(?=[\s\S]*(?:\binput\(|\brequest\.))"))
    assert both is not None and [p.pattern for p in both] == [r"\bassert\s", r"(?:\binput\(|\brequest\.)"]
    for not_a_conjunction in (r"(?m)^(?=[\s\S]*a)", r"^(?=[\s\S]*a|b)", r"^(?=[\s\S]*a)b", r"^(?=[\s\S]*?a)"):
        assert conjuncts(re.compile(not_a_conjunction)) is None, not_a_conjunction
    for case_sensitive_part in (r"(?i)[A-Z]x", r"(?i)Passw", r"(?i)pass(?-i:W)", r"(?i)\u017f", r"pass"):
        assert lowered_twin(re.compile(case_sensitive_part)) is None, case_sensitive_part


def test_words_of_a_literal_are_looked_up_among_the_text_s_words_first() -> None:
    needles = Substrings(["/tmp", "debug = True", "::", "@github.com"])
    probe = Probe("path = '/tmpdir'\ndebug = True\nx = a::b\nurl = 'git@github.community'\n")
    assert probe.substrings(needles) == {"/tmp", "debug = True", "::", "@github.com"}
    assert Probe("tmp = 1\ndebug =  True\n").substrings(needles) == frozenset()


def test_the_syntax_check_answers_as_python_s_parser(capfd: pytest.CaptureFixture[str]) -> None:
    import ast

    from guidelint.engines.libcst.prefilter import parses

    sources = [
        "x = 1\n",
        "return 1\n",  # the compiler refuses it, the parser does not: the parser is asked
        "def f():\n    nonlocal y\n",
        "if x is 1:\n    pass\n",  # a compiler warning, not printed
        "assert (x, 'always true')\n",
        "x = (\n",
        "print 'py2'\n",
        "a\x00b = 1\n",
    ]
    for source in sources:
        try:
            ast.parse(source)
            expected = True
        except (SyntaxError, ValueError):
            expected = False
        assert parses(source) == expected, source
    assert "Warning" not in capfd.readouterr().err
