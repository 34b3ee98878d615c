"""Regular expressions with nested quantifiers that backtrack exponentially (ReDoS)."""

import re
import string
from collections.abc import Callable
from typing import Any

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, module_constant
from guidelint.semantic.regex_parser import constants as c
from guidelint.semantic.regex_parser import parse

REGEX_FUNCTIONS = tuple(
    f"{module}.{name}"
    for module in ("re", "regex")
    for name in ("compile", "match", "search", "fullmatch", "findall", "finditer", "sub", "subn", "split")
)
_ATOM = r"(?:\\.|\[(?:\\.|[^\]\\])*\]|[^()\\|\[\]])"
# a group made of one repeated atom, optionally followed by optional atoms, itself repeated:
# (a+)+, (\w+\s?)*, ([a-z]*)+, (.*)* -- the same text can be split between the repetitions in
# exponentially many ways, and a failing match tries them all
NESTED = re.compile(rf"\((?:\?:)?{_ATOM}[+*]\??(?:{_ATOM}[*?]\??)*\)(?:[+*]|\{{\d*,\d*\}})")
_REPEATS = (c.MAX_REPEAT, c.MIN_REPEAT)
_SAMPLE = string.printable + "\u00a0\u00e9"  # the characters two repeats are compared on
_CATEGORIES: dict[Any, Callable[[str], bool]] = {
    c.CATEGORY_DIGIT: str.isdigit,
    c.CATEGORY_SPACE: str.isspace,
    c.CATEGORY_WORD: lambda ch: ch.isalnum() or ch == "_",
}
_NEGATED = {
    c.CATEGORY_NOT_DIGIT: c.CATEGORY_DIGIT,
    c.CATEGORY_NOT_SPACE: c.CATEGORY_SPACE,
    c.CATEGORY_NOT_WORD: c.CATEGORY_WORD,
}


class RedosPattern(Rule):
    meta = RuleMeta.of(
        id="INP153",
        clause="SG-5.11",
        title="Regular expression with nested quantifiers (ReDoS)",
        severity="medium",
        confidence="medium",
        cwe=[1333],
        owasp="A05:2021-Security Misconfiguration",
        message="{name}() uses the pattern {pattern}, whose nested repetition {group} backtracks exponentially",
        rationale=(
            "A repeated group whose content can itself repeat, as in (a+)+ or (\\w+\\s?)*, can match the same "
            "text in exponentially many ways. A string that almost matches makes the engine try all of them: "
            "thirty characters hold a worker for minutes, and a few requests stop the service."
        ),
        remediation=(
            "Remove the ambiguity: repeat the atom once ((a+)+ -> a+, (\\w+\\s?)* -> [\\w\\s]*), make the "
            "repetitions exclusive with a mandatory separator ((\\w+\\s)*\\w*), or bound the input length "
            "before matching; on Python 3.11+ atomic groups (?>...) and possessive quantifiers also help."
        ),
        references=(
            "https://owasp.org/www-community/attacks/Regular_expression_Denial_of_Service_-_ReDoS",
            "https://cwe.mitre.org/data/definitions/1333.html",
        ),
    )
    calls = REGEX_FUNCTIONS
    needles = (re.compile(r"[+*?}]\)[+*{]"),)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        pattern = arg(call, "pattern", 0)
        if pattern is None:
            return
        text = module_constant(ctx, pattern.value)
        if not isinstance(text, str):
            return
        shown = repr(text) if len(text) <= 40 else repr(text[:37] + "...")
        found = NESTED.search(text)
        if found:
            ctx.report(call, self.meta.message.format(name=name, pattern=shown, group=found.group(0)))
        elif _boundary_overlap(text):
            ctx.report(
                call,
                f"{name}() uses the pattern {shown}: a repeated group ends and starts with repeats of the same "
                "characters, so a run of them splits between two repetitions in many ways and backtracks "
                "exponentially",
            )

    flagged = """
        import re

        EMAIL = r"^([a-zA-Z0-9]+\\.?)+@example\\.com$"

        def valid(address):
            return re.match(EMAIL, address) is not None  # expect

        def words(text):
            return re.findall(r"(\\w+\\s?)*!", text)  # expect

        def codes(text):
            return re.fullmatch(r"(\\s*[A-Z]{3}\\d{4}\\s*;?)+", text)  # expect
    """
    safe = """
        import re

        EMAIL = r"^[a-zA-Z0-9]+(\\.[a-zA-Z0-9]+)*@example\\.com$"
        VERSION = re.compile(r"^(\\d+\\.)+\\d+$")

        def valid(address):
            return re.match(EMAIL, address) is not None

        def words(text):
            return re.findall(r"[\\w\\s]*!", text)

        def codes(text):
            return re.fullmatch(r"\\s*[A-Z]{3}\\d{4}(\\s*;\\s*[A-Z]{3}\\d{4})*\\s*", text)
    """


def _boundary_overlap(pattern: str) -> bool:
    """Some group repeated more than once starts with an optional repeat (`\\s*`) and ends with one, apart
    from it and followed only by optional items, over characters in common: `(\\s*X\\s*,?)+`. A run of
    those characters between two repetitions splits between them in as many ways as it is long, and the
    ways multiply over the repetitions of a text that almost matches."""
    parsed = parse(pattern)
    return parsed is not None and _overlaps(list(parsed.data))


def _overlaps(items: list[tuple[Any, Any]]) -> bool:
    for op, av in items:
        if op in _REPEATS:
            body = list(av[2])
            if len(body) == 1 and body[0][0] is c.SUBPATTERN:
                body = list(body[0][1][-1])
            if av[1] > 1 and _ends_meet(body):
                return True
            if _overlaps(list(av[2])):
                return True
        elif op is c.SUBPATTERN:
            if _overlaps(list(av[-1])):
                return True
        elif op is c.BRANCH and any(_overlaps(list(branch)) for branch in av[1]):
            return True
    return False


def _ends_meet(body: list[tuple[Any, Any]]) -> bool:
    """The optional repeats at the body's start and at its end (distinct items) share a character."""
    lead = _optional_run(body)
    trail = _optional_run(body[::-1])
    if len(lead) == len(body):
        return False  # all of it optional: the nested repetition NESTED looks for
    heads = [_repeated_chars(item) for item in lead]
    tails = [_repeated_chars(item) for item in trail]
    return any(head & tail for head in heads for tail in tails)


def _optional_run(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    run = []
    for op, av in items:
        if op not in _REPEATS or av[0] != 0:
            break
        run.append((op, av))
    return run


def _repeated_chars(item: tuple[Any, Any]) -> set[str]:
    """The sample characters a repeat of one character class (`\\s*`, `[ ,]*`) matches; none for others."""
    _, (_, high, sub) = item
    atoms = list(sub)
    if high < 2 or len(atoms) != 1:
        return set()
    op, av = atoms[0]
    return {ch for ch in _SAMPLE if _matches(op, av, ch)}


def _matches(op: Any, av: Any, ch: str) -> bool:
    if op is c.LITERAL:
        return ord(ch) == int(av)
    if op is c.NOT_LITERAL:
        return ord(ch) != int(av)
    if op is c.ANY:
        return ch != "\n"
    if op is c.CATEGORY:
        if av in _NEGATED:
            return not _CATEGORIES[_NEGATED[av]](ch)
        return av in _CATEGORIES and _CATEGORIES[av](ch)
    if op is c.RANGE:
        return bool(av[0] <= ord(ch) <= av[1])
    if op is c.IN:
        members = list(av)
        negated = bool(members) and members[0][0] is c.NEGATE
        found = any(_matches(member_op, member_av, ch) for member_op, member_av in members[negated:])
        return found != negated
    return False
