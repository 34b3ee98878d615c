#!/usr/bin/env python3
"""What parsing only the statements the checks could look at would spare (round 15's experiment).

    python bench/reduction.py DIR [--rounds N]

libcst's parse of the checked files is a third of a one-worker scan, and nothing inside it is ours: the only
lever is to give it less text. This measures, over the tree's Python files that a scan parses with libcst
(the same prefilters and shapes as `PythonChecker.check`), how much of their text a statement-level
criterion would leave out, and the parse time that represents (libcst over the full texts, then over the
reduced ones, in which every dropped statement's lines are blank so that every kept node keeps its line).

The criterion, judged with Python's `ast`: the units are the module's statements and, inside classes, the
class's statements (methods, nested classes). A unit is kept when
* it is a module-level statement other than a def or class (imports, constants, aliases), or a class-level
  one of a kept class;
* its text holds a needle of a rule active on the file (the rules' `prefilter()`), or of the dataflow's
  models when the dataflow runs on it; a name a kept module-level statement holding a needle binds
  (`from pickle import loads as ld`, `run = subprocess.run`) counts as a needle from then on;
* it is a def or class whose name a kept unit mentions (same-module helpers, base classes, methods called
  through any attribute of that name), transitively; a class so named is kept whole.
Three variants, each more conservative: (1) needles alone for every file; (2) files the dataflow runs on
kept whole (its sinks include calls into other modules' functions whose summaries reach a sink, and its
sources their returns: no needle bounds them); (3) also files where a rule whose judgement is not local to
the statement is active (flow questions through `ctx.facts`, which analyse the whole module in order;
rules that read whole classes or modules), kept whole.
"""

from __future__ import annotations

import argparse
import ast
import gc
import re
import sys
import time
from pathlib import Path
from typing import Any

import libcst as cst
from guidelint.config import load_config
from guidelint.engines.libcst.prefilter import probe_text
from guidelint.engines.taint.models import wanted
from guidelint.limits import check_nesting
from guidelint.needles import Probe
from guidelint.plan import make_plan
from guidelint.scan import PythonChecker
from guidelint.source import decode_python

DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
# rules whose visitors may not be local to the statement they report in: those asking flow questions, and those
# whose modules name class or module nodes (a search of rules/python, not a proof)
FLOW_QUESTIONS = ("INP101", "INP102", "INP105", "INP107", "INP108", "INP109", "INP150", "INP155", "OUT154")
WHOLE_CLASSES = ("ACC103", "CFG101", "CFG103", "INP103", "INP106", "INP151", "NET102", "OUT101", "OUT102")
NOT_LOCAL = frozenset(FLOW_QUESTIONS + WHOLE_CLASSES)


def parsed_files(tree: Path) -> list[dict[str, Any]]:
    """The files a scan parses with libcst: their text, their active rules' needles, whether the dataflow runs."""
    checker = PythonChecker(make_plan(load_config(tree)))
    out = []
    for path in sorted(p for p in tree.rglob("*.py") if p.is_file()):
        try:
            text = decode_python(path.read_bytes())
            check_nesting(text)
        except Exception:  # not checked by a scan either
            continue
        probe = Probe(probe_text(text))
        candidates = checker.cst_filter.candidates(probe)
        taint = wanted(checker.taint_rules, checker.taint_needles, probe)
        shaped = None if taint else checker.cst_filter.shaped(candidates, text)
        active = candidates if shaped is None else shaped
        if not (active or taint):
            continue
        needles = [n for rule in active for n in rule.prefilter()] + (list(checker.taint_needles) if taint else [])
        out.append({"text": text, "taint": taint, "rules": {r.meta.id for r in active}, "needles": needles})
    return out


def _has(text: str, needles: list[Any]) -> bool:
    return any((n in text) if isinstance(n, str) else n.search(text) for n in needles)


def _mentioned(node: ast.AST) -> set[str]:
    out: set[str] = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name):
            out.add(n.id)
        elif isinstance(n, ast.Attribute):
            out.add(n.attr)
        elif isinstance(n, ast.Constant) and isinstance(n.value, str):  # getattr(self, "name")
            out.update(p for p in re.split(r"\W+", n.value) if p)
    return out


def _bound(node: ast.AST) -> set[str]:
    out: set[str] = set()
    for n in ast.walk(node):
        if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store):
            out.add(n.id)
        elif isinstance(n, ast.alias):
            out.add((n.asname or n.name).split(".")[0])
        elif isinstance(n, DEFS):
            out.add(n.name)
    return out


def _first(node: ast.stmt) -> int:
    return min([node.lineno] + [d.lineno for d in getattr(node, "decorator_list", [])])


def reduced(text: str, needles: list[Any]) -> str:
    """The text with the units the criterion drops blanked (see the module's docstring)."""
    lines = text.splitlines(keepends=True)
    units: list[tuple[ast.stmt, ast.ClassDef | None]] = []

    def collect(body: list[ast.stmt], parent: ast.ClassDef | None) -> None:
        for statement in body:
            units.append((statement, parent))
            if isinstance(statement, ast.ClassDef):
                collect(statement.body, statement)

    collect(ast.parse(text).body, None)
    kept: set[int] = set()
    names: set[str] = set()
    aliases: list[str] = []
    changed = True
    while changed:
        changed = False
        every = needles + aliases
        for node, parent in units:
            if id(node) in kept:
                continue
            code = "".join(lines[_first(node) - 1 : node.end_lineno])
            if not isinstance(node, DEFS):
                keep = parent is None or id(parent) in kept
            elif node.name in names:
                keep = True
            elif isinstance(node, ast.ClassDef):
                header = "".join(lines[_first(node) - 1 : max(node.body[0].lineno - 1, node.lineno)])
                keep = _has(header, every)
            else:
                keep = _has(code, every)
            if not keep:
                continue
            kept.add(id(node))
            changed = True
            if parent is not None:
                kept.add(id(parent))
            if isinstance(node, ast.ClassDef):
                if node.name in names:  # named: kept whole
                    kept.update(id(n) for n in ast.walk(node))
                    names |= _mentioned(node)
                else:
                    for part in (*node.bases, *node.keywords, *node.decorator_list):
                        names |= _mentioned(part)
            else:
                names |= _mentioned(node)
            if parent is None and not isinstance(node, DEFS) and _has(code, every):
                aliases += sorted(_bound(node) - set(aliases))
    out = list(lines)
    for node, parent in units:
        if id(node) in kept or (parent is not None and id(parent) not in kept):
            continue
        for index in range(_first(node) - 1, node.end_lineno or node.lineno):
            out[index] = "\n" if lines[index].endswith("\n") else ""
    for node, _ in units:  # a kept class left without a statement gets `pass`
        if isinstance(node, ast.ClassDef) and id(node) in kept and all(id(s) not in kept for s in node.body):
            first = node.body[0]
            out[first.lineno - 1] = " " * first.col_offset + "pass\n"
    return "".join(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    files = parsed_files(args.tree.resolve())
    print(f"{len(files)} files parsed, {sum(len(f['text']) for f in files):,} characters")
    for variant in (1, 2, 3):
        texts = []
        for f in files:
            whole = (variant >= 2 and f["taint"]) or (variant >= 3 and bool(f["rules"] & NOT_LOCAL))
            texts.append((f["text"], f["text"] if whole else reduced(f["text"], f["needles"])))
        for _, text in texts:
            ast.parse(text)  # the reduced texts parse
        full = sum(len(t) for t, _ in texts)
        kept = sum(len(r) for _, r in texts)
        lines = sum(1 for t, _ in texts for x in t.splitlines() if x.strip())
        lines_kept = sum(1 for _, r in texts for x in r.splitlines() if x.strip())
        print(f"variant {variant}: drops {full - kept:,} characters ({(full - kept) / full:.1%}), ", end="")
        print(f"{lines - lines_kept:,} of {lines:,} non-blank lines ({(lines - lines_kept) / lines:.1%})")
        gc.disable()
        for round_ in range(args.rounds):
            start = time.process_time()
            for text, _ in texts:
                cst.parse_module(text)
            middle = time.process_time()
            for _, text in texts:
                cst.parse_module(text)
            end = time.process_time()
            whole_s, reduced_s = middle - start, end - middle
            print(f"  round {round_}: parse {whole_s:.2f} s -> {reduced_s:.2f} s ({1 - reduced_s / whole_s:.1%} less)")
        gc.enable()
    return 0


if __name__ == "__main__":
    sys.exit(main())
