#!/usr/bin/env python3
"""Why a scan parses the files it parses: the needles that make each Python file of a tree go to libcst.

    python bench/parses.py DIR [--findings]

Prints, over the tree's Python files (default configuration and packs): the bytes in all and parsed; per
libcst rule (and for the dataflow models, `taint`) the bytes of the files its needles make active and of
those it is the only reason for; then which reasons, removed one after the other (each time the one that
leaves the fewest bytes parsed), would spare the most bytes. With --findings, also the bytes of parsed files
in which no libcst or dataflow rule reports anything: the most any check made before the parse could ever
spare. Also the bytes the rules' shapes (`engines/libcst/shapes.py`) spare; with --findings every file is
checked with and without shapes too, and the hits must be the same (exit 1 when they are not).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from guidelint.config import load_config
from guidelint.engines.libcst.prefilter import RuleFilter, probe_text
from guidelint.engines.taint.models import wanted
from guidelint.plan import make_plan
from guidelint.scan import PythonChecker
from guidelint.source import decode_python

TAINT = "taint"


class Unshaped:
    """A rule as the prefilter sees it, without its shape."""

    shape = None

    def __init__(self, rule: Any) -> None:
        self.meta, self.prefilter, self.load = rule.meta, rule.prefilter, rule.load


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("tree", type=Path)
    parser.add_argument("--findings", action="store_true", help="also check each file (slower)")
    args = parser.parse_args()
    root = args.tree.resolve()
    plan = make_plan(load_config(root))
    checker = PythonChecker(plan)
    unshaped = PythonChecker(plan)
    unshaped.cst_filter = RuleFilter([Unshaped(r) for r in unshaped.cst_rules], plan.config.options)
    total = spared = 0
    differ: list[str] = []
    files: list[tuple[int, frozenset[str]]] = []  # (bytes, reasons) of each parsed file
    silent = 0  # bytes of parsed files without a libcst or dataflow finding
    for path in sorted(p for p in root.rglob("*.py") if p.is_file() and not p.is_symlink()):
        data = path.read_bytes()
        total += len(data)
        probe = probe_text(decode_python(data))
        candidates = checker.cst_filter.candidates(probe)
        reasons = {rule.meta.id for rule in candidates}
        if wanted(checker.taint_rules, checker.taint_needles, probe):
            reasons.add(TAINT)
        elif checker.cst_filter.shaped(candidates, decode_python(data)) == []:
            spared += len(data)
        if not reasons:
            continue
        files.append((len(data), frozenset(reasons)))
        if args.findings:
            rel = str(path.relative_to(root))
            hits = [h.to_json() for h in checker.check(rel, "", data).hits]
            if hits != [h.to_json() for h in unshaped.check(rel, "", data).hits]:
                differ.append(rel)
            silent += 0 if any(h["engine"] in ("libcst", TAINT) for h in hits) else len(data)
    parsed = sum(size for size, _ in files)
    print(f"{total / 1e6:.2f} MB of Python, {parsed / 1e6:.2f} MB with a needle ({len(files)} files)")
    print(f"the rules' shapes spare {spared / 1e6:.2f} MB of them (parsed: {(parsed - spared) / 1e6:.2f} MB)")
    active: Counter[str] = Counter()
    only: Counter[str] = Counter()
    for size, reasons in files:
        for reason in reasons:
            active[reason] += size
        if len(reasons) == 1:
            only[next(iter(reasons))] += size
    print("\nreason   MB active   MB only this reason")
    for reason, size in active.most_common(20):
        print(f"{reason:8} {size / 1e6:9.2f}   {only[reason] / 1e6:.2f}")
    print("\nreasons removed one after the other: MB no longer parsed")
    removed: set[str] = set()
    for _ in range(10):
        left = {r for _, reasons in files for r in reasons} - removed
        if not left:
            break

        def spared(reason: str) -> int:
            return sum(size for size, reasons in files if reasons <= removed | {reason})

        best = max(sorted(left), key=spared)
        removed.add(best)
        print(f"  {best:8} {spared(best) / 1e6:.2f}")
    if args.findings:
        print(f"\nfiles with a needle but without a libcst or dataflow finding: {silent / 1e6:.2f} MB")
        print(f"hits with and without shapes: {'the same' if not differ else 'DIFFERENT in ' + ', '.join(differ)}")
        sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
