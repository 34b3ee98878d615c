"""`guidelint rules test`: every rule of a pack against its own examples, line by line."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, replace

from guidelint.model import Hit, Problem
from guidelint.pack import Example, Pack, PackRule, strip_marks

_EXT = {"python": "py"}


@dataclass
class Failure:
    rule: str
    example: str
    message: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.example}: {self.message}"


def run_example(rule: PackRule, example: Example) -> tuple[list[Hit], list[Problem]]:
    """Findings of one rule alone on one example, through the same engine code path as a scan."""
    if rule.engine == "libcst":
        from guidelint.cst.engine import CstEngine

        return CstEngine([rule.impl]).check(f"example.{_EXT.get(example.language, 'txt')}", example.code)
    raise ValueError(f"no example runner for engine {rule.engine}")


def _compare(rule: PackRule, example: Example, hits: list[Hit]) -> list[Failure]:
    lines = example.code.splitlines()
    got = Counter(h.line for h in hits if h.rule == rule.meta.id)
    want = Counter(example.expected)
    failures = []
    for line in sorted(set(want) | set(got)):
        text = lines[line - 1].strip() if 0 < line <= len(lines) else ""
        if got[line] < want[line]:
            message = f"line {line}: expected a finding, got none: {text}"
        elif got[line] > want[line]:
            message = f"line {line}: unexpected finding: {text}"
        else:
            continue
        failures.append(Failure(rule.meta.id, example.source, message))
    return failures


def check_rule(rule: PackRule) -> list[Failure]:
    """All the ways a rule disagrees with its examples (empty: the rule passes)."""
    failures: list[Failure] = []
    kinds = {e.kind for e in rule.examples}
    for needed in ("flagged", "safe"):
        if needed not in kinds:
            failures.append(Failure(rule.meta.id, rule.source.name, f"has no {needed} example"))
    for example in rule.examples:
        hits, problems = run_example(rule, example)
        for problem in problems:
            failures.append(Failure(rule.meta.id, example.source, f"example not checked: {problem.reason}"))
        failures.extend(_compare(rule, example, hits))
        if example.kind == "flagged" and not example.expected:
            failures.append(Failure(rule.meta.id, example.source, "marks no line with `# expect`"))
    if rule.fixed is not None:
        failures.extend(_check_fixed(rule))
    return failures


def _check_fixed(rule: PackRule) -> list[Failure]:
    """The flagged example after `guidelint fix` must equal `fixed` exactly (formatting and comments kept)."""
    from guidelint.fixes import fix_text

    flagged = next((e for e in rule.examples if e.kind == "flagged"), None)
    if flagged is None or rule.fixed is None:
        return []
    code = strip_marks(flagged.code)
    fixed, _ = fix_text(code, lambda text: run_example(rule, replace(flagged, code=text))[0])
    if fixed == rule.fixed:
        return []
    source = f"{rule.source}:fixed"
    want, got = rule.fixed.splitlines(), fixed.splitlines()
    for number, (expected, actual) in enumerate(zip(want, got, strict=False), 1):
        if expected != actual:
            return [
                Failure(rule.meta.id, source, f"line {number}: expected {expected!r}, fix gives {actual!r}")
            ]
    return [Failure(rule.meta.id, source, f"expected {len(want)} lines, the fix gives {len(got)}")]


def run_pack_tests(pack: Pack, only: set[str] | None = None) -> tuple[int, list[Failure]]:
    """(number of rules tested, failures)."""
    rules = [r for r in pack.rules if only is None or r.meta.id in only]
    failures = [f for rule in rules for f in check_rule(rule)]
    return len(rules), failures
