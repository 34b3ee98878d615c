"""What an engine is: the protocol every engine implements, and what running a rule's examples returns."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from pathlib import Path

    from guidelint.engines.taint.models import Models
    from guidelint.model import Hit, Problem
    from guidelint.packfiles import PackRule

ExampleResults = dict[tuple[str, str], tuple[list["Hit"], list["Problem"]]]
"""(rule id, example kind) -> what the rule reports on that example, and what could not be checked."""


class Engine(Protocol):
    """One kind of rule: where a pack keeps it, how it loads, runs its examples, validates and is scaffolded."""

    name: str  # as reports show it
    folder: str  # the pack folder that holds its rules
    rank: int  # when two engines report one problem, the lowest rank's finding is kept
    distributions: tuple[str, ...]  # installed packages whose versions change its results (the cache key)

    def load(self, pack: str, root: Path) -> list[PackRule]:
        """The rules of this engine in the pack called `pack` at `root`; a rule that does not load is a
        PackError naming its file."""
        ...

    def run_examples(self, rules: Sequence[PackRule], models: Models) -> ExampleResults:
        """Every example of these rules, through the same code path as a scan."""
        ...

    def validate(self, rule: PackRule, models: Models) -> list[str]:
        """What is wrong with a loaded rule beyond its metadata (empty when nothing)."""
        ...

    def scaffold(self, rule_id: str, slug: str, values: dict[str, Any], language: str, bandit: str) -> tuple[str, str]:
        """(path inside the pack, text) of a new rule to fill in."""
        ...

    def options(self, rule: PackRule) -> dict[str, Any]:
        """The options a rule declares (name -> default), which `[options.RULE]` may set (default: none)."""
        return {}

    def runs_on(self, language: str) -> bool:
        """Whether the engine checks files of this language, when its rules cover it (default: Python)."""
        return language == "python"
