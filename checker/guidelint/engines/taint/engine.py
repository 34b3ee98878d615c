"""The taint engine: runs the analysis on files that contain a source, and turns tainted sinks into the
findings of the pack's taint rules (each rule names the source kinds and sink kinds it is about)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import libcst as cst

from guidelint.engines.libcst.positions import node_ranges
from guidelint.engines.taint import ENGINE
from guidelint.engines.taint.analysis import Analysis
from guidelint.engines.taint.models import Models, TaintRule, wanted
from guidelint.engines.taint.summaries import ProjectFunctions
from guidelint.engines.taint.tables import MARKUP_SINK
from guidelint.model import FlowStep, Hit, Problem, normalize_code
from guidelint.semantic.project import Project
from guidelint.sourcelines import python_lines

MAX_SNIPPET_LINES = 6


class TaintEngine:
    name = ENGINE

    def __init__(
        self,
        rules: Sequence[TaintRule],
        models: Models,
        options: dict[str, dict[str, Any]] | None = None,
        project: Project | None = None,
    ):
        """`project`: the scanned project, whose other modules' functions are followed (the file being
        checked is the one `project.begin` was last given); none: each file on its own."""
        self.rules = list(rules)
        self.models = models
        self.options = options or {}
        self.sink_kinds = {kind for rule in self.rules for kind in rule.sinks}
        # the kinds of values reported where they are placed into markup
        self.markup_sources = frozenset(
            kind for rule in self.rules if MARKUP_SINK.kind in rule.sinks for kind in rule.sources
        )
        self.needles = tuple(models.needles)
        self.project = project
        self.functions = (
            ProjectFunctions(project, models, self.sink_kinds, self.options, self.markup_sources) if project else None
        )

    def wants(self, text: str) -> bool:
        return wanted(self.rules, self.needles, text)

    def check(self, path: str, module: cst.Module, text: str) -> list[Hit]:
        package = self.project.current_package() if self.project is not None else ""
        found = Analysis(
            module,
            path,
            self.models,
            self.sink_kinds,
            self.options,
            text,
            self.functions,
            package,
            markup_sources=self.markup_sources,
        ).run()
        if not found:
            return []
        reports = []
        for hit in found:
            for rule in self.rules:
                if (
                    hit.kind in rule.sinks
                    and hit.label.kind in rule.sources
                    and not rule.unless_through & hit.through
                    and (not hit.value_kinds or hit.label.kind in hit.value_kinds)
                ):
                    reports.append((rule, hit))
        if not reports:
            return []
        nodes = [hit.node for _, hit in reports] + [n for _, hit in reports for n, _ in hit.label.steps]
        ranges = node_ranges(module, nodes)
        lines = python_lines(text)
        out = []
        seen: set[tuple[str, int]] = set()
        # the shortest flow first (Label.rank), then by sink: never the order of a set
        ordered = sorted(reports, key=lambda r: (r[1].label.rank[1:], r[1].sink, r[1].kind))
        for rule, hit in ordered:
            (sink_line, sink_col), _ = ranges[id(hit.node)]
            where = hit.label.steps[0][0] if rule.at_source and hit.label.steps else hit.node
            (line, col), (end_line, end_col) = ranges[id(where)]
            if (rule.rule_id, line) in seen:
                continue  # one finding per rule and line (a response built and returned on one line)
            seen.add((rule.rule_id, line))
            flow = [
                FlowStep(ranges[id(n)][0][0], ranges[id(n)][0][1] + 1, note)
                for n, note in hit.label.steps
                if id(n) in ranges
            ]
            flow.append(FlowStep(sink_line, sink_col + 1, f"sink: {hit.sink} ({hit.kind})"))
            source = hit.label.origin
            out.append(
                Hit(
                    rule=rule.rule_id,
                    line=line,
                    column=col + 1,
                    end_line=end_line,
                    end_column=end_col + 1,
                    snippet="\n".join(lines[line - 1 : min(end_line, line + MAX_SNIPPET_LINES - 1)]),
                    normalized=normalize_code(module.code_for_node(where)),
                    engine=ENGINE,
                    message=(hit.message or rule.message).format(source=source, sink=hit.sink, line=flow[0].line),
                    flow=tuple(flow),
                )
            )
        return out


def check_source(path: str, text: str, rules: Sequence[TaintRule], models: Models) -> tuple[list[Hit], list[Problem]]:
    """Parse and analyse one source on its own (rule examples; the scan shares the libcst parse)."""
    try:
        module = cst.parse_module(text)
    except cst.ParserSyntaxError as exc:
        return [], [Problem(path, f"syntax error: {exc}", ENGINE)]
    return TaintEngine(rules, models).check(path, module, text), []
