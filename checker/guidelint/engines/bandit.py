"""The bandit engine: bandit's own checks, run in-process, reported as the pack rules they are mapped to.

Only the bandit tests the pack maps are enabled, only files containing one of a check's needles are given
to bandit, `# nosec` is ignored (suppression is guidelint's policy, not bandit's), and a file bandit
cannot parse or crashes on is a Problem, never a silent skip.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from guidelint.engines.protocol import Engine, ExampleResults
from guidelint.model import SYNTAX, Hit, Problem, normalize_code
from guidelint.sourcelines import python_lines

if TYPE_CHECKING:
    from pathlib import Path

    from guidelint.engines.taint.models import Models
    from guidelint.packfiles import PackRule

ENGINE = "bandit"
MAX_SNIPPET_LINES = 6


class BanditEngine:
    name = ENGINE

    def __init__(self, rules: Iterable[Any]) -> None:
        self.by_test: dict[str, str] = {}
        self.checks = [rule.impl for rule in rules]
        for rule in rules:
            self.by_test[rule.impl.test_id] = rule.meta.id
        self._manager: Any = None

    def wanted_tests(self, text: str) -> set[str]:
        return {check.test_id for check in self.checks if check.wanted(text)}

    def _bandit(self) -> Any:
        if self._manager is None:
            import logging

            from bandit.core import config as b_config
            from bandit.core import manager as b_manager

            logging.getLogger("bandit").setLevel(logging.CRITICAL + 1)
            profile = {"include": set(self.by_test), "exclude": set()}
            self._manager = b_manager.BanditManager(
                b_config.BanditConfig(), "file", ignore_nosec=True, profile=profile, quiet=True
            )
        return self._manager

    def check(self, rel: str, text: str, data: bytes) -> tuple[list[Hit], list[Problem]]:
        """Bandit's findings for the mapped tests that can apply to this file."""
        wanted = self.wanted_tests(text)
        if not wanted:
            return [], []
        manager = self._bandit()
        manager.results = []
        manager.skipped = []
        files = [rel]
        manager._parse_file(rel, io.BytesIO(data), files)
        if manager.skipped:
            reason = manager.skipped[0][1]
            if "syntax error" not in reason:
                return [], [Problem(rel, reason, ENGINE)]
            version = f"{sys.version_info[0]}.{sys.version_info[1]}"
            reason = (
                f"bandit cannot parse it with Python {version} (newer syntax?): bandit did not run; run guidelint"
                ' on the Python the project uses, or accept it with bandit-syntax = "warn"'
            )
            return [], [Problem(rel, reason, ENGINE, kind=SYNTAX)]
        lines = python_lines(text)
        hits = []
        for issue in manager.results:
            rule_id = self.by_test.get(issue.test_id)
            if rule_id is None or issue.test_id not in wanted:
                continue
            line = int(issue.lineno)
            end_line = max(line, *(int(n) for n in issue.linerange)) if issue.linerange else line
            column = int(getattr(issue, "col_offset", 0) or 0) + 1
            end_column = int(getattr(issue, "end_col_offset", 0) or 0) + 1
            if end_line == line and end_column <= column:
                end_column = len(lines[line - 1]) + 1 if line <= len(lines) else column + 1
            snippet = "\n".join(lines[line - 1 : min(end_line, line + MAX_SNIPPET_LINES - 1)])
            hits.append(
                Hit(
                    rule=rule_id,
                    line=line,
                    column=column,
                    end_line=end_line,
                    end_column=end_column,
                    snippet=snippet,
                    normalized=normalize_code(snippet),
                    engine=ENGINE,
                )
            )
        return hits, []


# --- the engine in the registry ---------------------------------------------------------------------------


@dataclass(frozen=True)
class BanditCheck:
    """A bandit test enabled by a pack rule, with the substrings a file needs for it to apply."""

    test_id: str
    needles: tuple[str, ...]
    also: tuple[str, ...] = ()  # when given, one of these must occur too

    def wanted(self, text: str) -> bool:
        return any(n in text for n in self.needles) and (not self.also or any(n in text for n in self.also))


_KEYS = {"id", "bandit", "needles", "also", "message", "metadata", "examples"}
_TEST_ID = re.compile(r"^B[0-9]{3}$")


class Bandit(Engine):
    name = ENGINE
    folder = "bandit"
    rank = 2
    distributions: tuple[str, ...] = ("bandit",)

    def load(self, pack: str, root: Path) -> list[PackRule]:
        from guidelint.packfiles import PackError, PackRule, data_rules

        rules = []
        for path, data, meta, examples in data_rules(pack, root, self.folder, python=True):
            where = f"pack {pack}: {path}"
            unknown = set(data) - _KEYS
            test_id = data.get("bandit")
            needles = data.get("needles")
            if unknown or not isinstance(test_id, str) or not _TEST_ID.match(test_id):
                raise PackError(f"{where}: {meta.id} needs `bandit: Bxxx` (unknown keys: {sorted(unknown)})")
            if not isinstance(needles, list) or not needles or not all(isinstance(n, str) for n in needles):
                raise PackError(f"{where}: {meta.id} needs `needles:`, substrings a file must contain for the check")
            also = data.get("also", [])
            if not isinstance(also, list) or not all(isinstance(n, str) for n in also):
                raise PackError(f"{where}: {meta.id}: `also:` is a list of substrings")
            impl = BanditCheck(test_id, tuple(needles), tuple(also))
            rules.append(PackRule(meta, self.name, path, examples, impl))
        return rules

    def run_examples(self, rules: Sequence[PackRule], models: Models) -> ExampleResults:
        return {
            (rule.meta.id, example.kind): BanditEngine([rule]).check("example.py", example.code, example.code.encode())
            for rule in rules
            for example in rule.examples
        }

    def validate(self, rule: PackRule, models: Models) -> list[str]:
        from bandit.core import extension_loader

        test_id = rule.impl.test_id
        known = set(extension_loader.MANAGER.plugins_by_id) | set(extension_loader.MANAGER.blacklist_by_id)
        return [] if test_id in known else [f"bandit has no test {test_id}"]

    def scaffold(self, rule_id: str, slug: str, values: dict[str, Any], language: str, bandit: str) -> tuple[str, str]:
        from guidelint.scaffold import BANDIT

        if not _TEST_ID.match(bandit):
            raise ValueError("a bandit rule needs --bandit Bxxx (the bandit test id it maps)")
        return f"{self.folder}/{rule_id.lower()}_{slug}.yaml", BANDIT.format(**values, bandit=bandit)


BANDIT = Bandit()
