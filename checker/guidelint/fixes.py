"""Applying rule fixes to a file's text: non-overlapping edits, repeated until nothing changes."""

from __future__ import annotations

import difflib
import io
import tokenize
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from guidelint.config import ConfigError
from guidelint.files import select_targets
from guidelint.model import Fix, Hit
from guidelint.source import UncheckableSource, decode_python
from guidelint.suppressions import parse_python

if TYPE_CHECKING:
    from guidelint.plan import Plan

MAX_PASSES = 10


def apply_edits(text: str, fixes: list[Fix]) -> tuple[str, int]:
    """Apply the fixes that do not overlap an earlier one; (new text, number applied)."""
    applied = 0
    out: list[str] = []
    position = 0
    for fix in sorted(fixes, key=lambda f: (f.start, f.end)):
        if fix.start < position:
            continue  # overlaps a fix already taken; the next pass will see it again
        out.append(text[position : fix.start])
        out.append(fix.replacement)
        position = fix.end
        applied += 1
    out.append(text[position:])
    return "".join(out), applied


def fix_text(text: str, check: Callable[[str], list[Hit]]) -> tuple[str, int]:
    """Re-check and apply fixes until none is left (or MAX_PASSES); (fixed text, fixes applied)."""
    total = 0
    for _ in range(MAX_PASSES):
        fixes = [h.fix for h in check(text) if h.fix is not None]
        if not fixes:
            break
        text, applied = apply_edits(text, fixes)
        total += applied
    return text, total


@dataclass
class FileFix:
    path: Path
    rel: str
    before: str
    after: str
    count: int

    def diff(self) -> str:
        return "".join(
            difflib.unified_diff(
                self.before.splitlines(keepends=True),
                self.after.splitlines(keepends=True),
                f"a/{self.rel}",
                f"b/{self.rel}",
            )
        )


def fix_paths(plan: Plan, paths: list[Path], write: bool) -> list[FileFix]:
    """Apply the libcst rules' fixes to the Python files under `paths` (not where a finding is
    suppressed inline or the rule is switched off for the file)."""
    from guidelint.engines.libcst import ENGINE as LIBCST
    from guidelint.engines.libcst.engine import CstEngine
    from guidelint.engines.taint.models import add_markers
    from guidelint.pack import merged_models
    from guidelint.semantic.project import Project
    from guidelint.verdicts import ignored_here

    config = plan.config
    models = add_markers(merged_models(plan.packs), config.confidential_markers)  # the facts a scan's rules see
    engine = CstEngine(
        [r.impl for r in plan.rules_for(LIBCST)], config.options, Project(config.report_root), models=models
    )
    targets, problems = select_targets(paths, config)
    if problems:
        raise ConfigError("; ".join(str(p) for p in problems))
    changes = []
    for target in targets:
        if target.language != "python":
            continue
        try:
            data = target.path.read_bytes()
            text = decode_python(data)
        except (OSError, UncheckableSource):
            continue  # the scan that follows reports it
        skipped = ignored_here(config, target)

        def check(current: str, rel: str = target.rel, skipped: list[str] = skipped) -> list[Hit]:
            quiet = {(d.target, i) for d in parse_python(current) if d.reason for i in d.ids}
            hits, _ = engine.check(rel, current)
            return [h for h in hits if (h.line, h.rule) not in quiet and not any(h.rule.startswith(s) for s in skipped)]

        after, count = fix_text(text, check)
        if count:
            changes.append(FileFix(target.path, target.rel, text, after, count))
            if write:
                encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
                target.path.write_bytes(after.encode(encoding))
    return changes
