"""`guidelint rules test`: every rule of a pack against its own examples, line by line."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from guidelint import knowledge
from guidelint.engines import ExampleResults, engine, engines
from guidelint.engines.taint.models import Models
from guidelint.model import Example, Hit, Problem
from guidelint.pack import Pack, PackRule, builtin_pack_dir, load_pack, merged_models
from guidelint.rulehelp import strip_marks
from guidelint.sourcelines import lines_of


@dataclass
class Failure:
    rule: str
    example: str
    message: str

    def __str__(self) -> str:
        return f"{self.rule}: {self.example}: {self.message}"


def run_example(rule: PackRule, example: Example, models: Models | None = None) -> tuple[list[Hit], list[Problem]]:
    """Findings of one rule alone on one example, through the same engine code path as a scan."""
    alone = replace(rule, examples=[example])
    return engine(rule.engine).run_examples([alone], models or Models())[(rule.meta.id, example.kind)]


def run_examples(rules: Sequence[PackRule], models: Models) -> ExampleResults:
    """Every example of these rules, each engine's in one batch (semgrep takes seconds to start)."""
    results: ExampleResults = {}
    for each in engines():
        mine = [r for r in rules if r.engine == each.name]
        if mine:
            results.update(each.run_examples(mine, models))
    return results


def _compare(rule: PackRule, example: Example, hits: list[Hit]) -> list[Failure]:
    lines = lines_of(example.language, example.code)
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


def check_rule(
    rule: PackRule, precomputed: ExampleResults | None = None, models: Models | None = None
) -> list[Failure]:
    """All the ways a rule disagrees with its examples (empty: the rule passes)."""
    failures: list[Failure] = []
    kinds = {e.kind for e in rule.examples}
    for needed in ("flagged", "safe"):
        if needed not in kinds:
            failures.append(Failure(rule.meta.id, rule.source.name, f"has no {needed} example"))
    for example in rule.examples:
        key = (rule.meta.id, example.kind)
        if precomputed and key in precomputed:
            hits, problems = precomputed[key]
        else:
            hits, problems = run_example(rule, example, models)
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
            return [Failure(rule.meta.id, source, f"line {number}: expected {expected!r}, fix gives {actual!r}")]
    return [Failure(rule.meta.id, source, f"expected {len(want)} lines, the fix gives {len(got)}")]


def run_pack_tests(pack: Pack, only: set[str] | None = None) -> tuple[int, list[Failure]]:
    """(number of rules tested, failures)."""
    rules = [r for r in pack.rules if only is None or r.meta.id in only]
    packs = _with_builtin(pack)
    models = merged_models(packs)
    knowledge.activate(knowledge.merged([p.knowledge for p in packs]))
    precomputed = run_examples(rules, models)
    failures = [f for rule in rules for f in check_rule(rule, precomputed, models)]
    return len(rules), failures


def pack_models(pack: Pack) -> Models:
    """The taint models a pack's rules are tested with: the built-in pack's and its own."""
    return merged_models(_with_builtin(pack))


def _with_builtin(pack: Pack) -> list[Pack]:
    """The packs a pack's rules are tested with (their models and knowledge): the built-in one and itself."""
    builtin = builtin_pack_dir().resolve()
    return [pack] if pack.root.resolve() == builtin else [load_pack(builtin), pack]
