"""Every rule of the built-in pack against its own examples: exact lines flagged, safe forms quiet."""

from __future__ import annotations

import pytest
from guidelint.engines import ExampleResults
from guidelint.pack import PackRule, builtin_pack_dir, load_pack
from guidelint.ruletest import check_rule, pack_models, run_examples

PACK = load_pack(builtin_pack_dir())
MODELS = pack_models(PACK)


@pytest.fixture(scope="module")
def semgrep_results() -> ExampleResults:
    """All semgrep examples in one real semgrep run."""
    return run_examples([r for r in PACK.rules if r.engine == "semgrep"], MODELS)


@pytest.mark.parametrize("rule", PACK.rules, ids=lambda r: r.meta.id)
def test_rule_examples(rule: PackRule, semgrep_results: ExampleResults) -> None:
    failures = check_rule(rule, semgrep_results, MODELS)
    assert not failures, "\n".join(map(str, failures))


def test_pack_covers_the_issue_minimum() -> None:
    libcst_rules = [r for r in PACK.rules if r.engine == "libcst"]
    areas = {PACK.clauses[r.meta.clause].area for r in libcst_rules}
    assert len(libcst_rules) >= 15
    assert len(areas) >= 6


def test_every_rule_names_a_known_clause() -> None:
    unknown = [r.meta.id for r in PACK.rules if r.meta.clause not in PACK.clauses]
    assert not unknown
