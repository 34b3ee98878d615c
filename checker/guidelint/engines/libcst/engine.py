"""The libcst engine: prefilter, one parse, one batched walk, positions for reported nodes only."""

from __future__ import annotations

import ast
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import libcst as cst
from libcst import CSTNode
from libcst._nodes.internal import CodegenState

from guidelint.cst.api import Context, Report, Rule
from guidelint.engines.libcst import ENGINE
from guidelint.engines.libcst.nodeinit import install
from guidelint.engines.libcst.positions import node_ranges
from guidelint.engines.libcst.walker import Dispatch, walk
from guidelint.engines.taint.models import Models
from guidelint.knowledge import Knowledge, active
from guidelint.model import Fix, Hit, Problem, normalize_code
from guidelint.needles import Probe, Substrings
from guidelint.semantic.identifiers import normalize_names
from guidelint.semantic.project import Project

MAX_SNIPPET_LINES = 6
install()  # the node classes' constructors, as dataclasses writes them but storing through the slots
_PARSER_LOCATION = re.compile(r"error at (\d+):(\d+)")


class CstEngine:
    """Runs a set of libcst rules over Python sources."""

    name = ENGINE

    def __init__(
        self,
        rules: Sequence[Any],
        options: dict[str, dict[str, Any]] | None = None,
        project: Project | None = None,
        knowledge: Knowledge | None = None,
        models: Models | None = None,
    ) -> None:
        """`rules`: Rule instances, or stand-ins with `meta`, `prefilter()` and `load()` (engines.libcst.loader);
        `project`: the scanned project, for rules that follow a name into other modules; `knowledge`: what
        `ctx.knowledge` gives them (default: the process's, `guidelint.knowledge.active()`); `models`: the
        taint models `ctx.facts` runs the dataflow with (none: every fact is unknown)."""
        self.models = models
        self.rules = list(rules)
        self.options = options or {}
        self.project = project if project is not None else Project(None)
        self.knowledge = knowledge if knowledge is not None else active()
        # a rule with options configured sees every file: configured names need not contain its needles
        self._needles: list[tuple[Any, frozenset[str] | None, tuple[re.Pattern[str], ...]]] = []
        for rule in self.rules:
            configured = rule.meta.id in self.options
            needles = () if configured else rule.prefilter()
            strings = frozenset(n for n in needles if isinstance(n, str))
            patterns = tuple(n for n in needles if not isinstance(n, str))
            self._needles.append((rule, None if configured else strings, patterns))
        self._substrings = Substrings(n for _, strings, _ in self._needles for n in strings or ())
        self._dispatch_cache: dict[frozenset[str], Dispatch] = {}

    def active_rules(self, text: str) -> list[Rule]:
        """Rules whose needles occur in the text (the others cannot match it), loaded. Every substring needle
        is looked for at once; a rule's regular expressions only if none of its substrings occurs."""
        probe = Probe(text)
        present = probe.substrings(self._substrings)
        return [
            rule.load()
            for rule, strings, patterns in self._needles
            if strings is None or not strings.isdisjoint(present) or any(probe.has(p) for p in patterns)
        ]

    def check(self, path: str, text: str, rules: Sequence[Rule] | None = None) -> tuple[list[Hit], list[Problem]]:
        """Findings of the active rules on one source, or the reason it could not be checked."""
        active = self.active_rules(text) if rules is None else [r.load() for r in rules]
        if not active:
            problem = syntax_problem(path, text)
            return [], [problem] if problem else []
        module, problem = parse(path, text)
        if module is None:
            return [], [problem] if problem else []
        return self.check_module(path, module, text, active)

    def check_module(
        self, path: str, module: cst.Module, text: str, active: Sequence[Rule]
    ) -> tuple[list[Hit], list[Problem]]:
        """Findings of the given rules on a parsed module (one batched walk). The project model starts on
        this file even without rules: the dataflow analysis that follows asks it too."""
        self.project.begin(path, text)
        if not active:
            return [], []
        ctx = Context(module, path, self.options, self.project, self.knowledge, self.models, text)
        ids = frozenset(r.meta.id for r in active)
        dispatch = self._dispatch_cache.get(ids)
        if dispatch is None:
            dispatch = self._dispatch_cache[ids] = Dispatch(active)
        walk(module, dispatch, ctx)
        problems = [
            Problem(path, f"rule {rule.meta.id} failed on this file: {type(exc).__name__}: {exc}", ENGINE)
            for rule, exc in ctx.failures
        ]
        return self._hits(module, text, ctx.reports), problems

    def _hits(self, module: cst.Module, text: str, reports: list[Report]) -> list[Hit]:
        if not reports:
            return []
        nodes = [r.node for r in reports] + [r.fix_target for r in reports if r.fix_target is not None]
        ranges = node_ranges(module, nodes)
        lines = text.splitlines(keepends=True)
        hits = []
        for report in reports:
            (line, col), (end_line, end_col) = ranges[id(report.node)]
            code = module.code_for_node(report.node)
            if report.within is not None:
                (line, col), (end_line, end_col) = (_inside(code, line, col, o) for o in report.within)
                code = code[report.within[0] : report.within[1]]
            snippet = "".join(lines[line - 1 : min(end_line, line + MAX_SNIPPET_LINES - 1)]).rstrip("\n\r")
            fix = None
            if report.replacement is not None:
                target = report.fix_target or report.node
                (fix_line, fix_col), (fix_end_line, fix_end_col) = ranges[id(target)]
                start = _offset(lines, fix_line, fix_col)
                end = _offset(lines, fix_end_line, fix_end_col)
                fix = Fix(start, end, _code(module, report.replacement, report.indent), report.fix_description)
            hits.append(
                Hit(
                    rule=report.rule.meta.id,
                    line=line,
                    column=col + 1,
                    end_line=end_line,
                    end_column=end_col + 1,
                    snippet=snippet,
                    normalized=normalize_code(code),
                    engine=ENGINE,
                    message=report.message,
                    fix=fix,
                )
            )
        return hits


def _inside(code: str, line: int, col: int, offset: int) -> tuple[int, int]:
    """The (line, column) of `offset` into a node's source text that starts at (line, col)."""
    before = code[:offset]
    newlines = before.count("\n")
    if not newlines:
        return line, col + offset
    return line + newlines, offset - before.rindex("\n") - 1


def _cheap_first(needles: Sequence[str | re.Pattern[str]]) -> tuple[str | re.Pattern[str], ...]:
    """Substring needles before regular expressions: `any()` stops at the first that occurs."""
    return tuple(sorted(needles, key=lambda n: not isinstance(n, str)))


def found(needles: Sequence[str | re.Pattern[str]], text: str) -> bool:
    """Whether any needle (a substring, or a compiled regular expression) occurs in the text."""
    return Probe(text).any(_cheap_first(needles))


def parse(path: str, text: str, wide_names: bool = True) -> tuple[cst.Module | None, Problem | None]:
    """The module, or the problem that kept it from parsing; `wide_names=False` when the code outside strings
    and comments is ASCII (no identifier to normalise)."""
    try:
        with _parser_output():
            module = cst.parse_module(text)
        return (normalize_names(module, text) if wide_names else module), None
    except cst.ParserSyntaxError as exc:
        return None, parse_problem(path, text, exc)
    except RecursionError:
        return None, Problem(path, "too deeply nested for the parser", ENGINE)


_VALIDATE = CSTNode.__post_init__  # restored as it was at import, whatever another parse left behind


@contextmanager
def _parser_output() -> Iterator[None]:
    """libcst validates every node it builds (`__post_init__`), about a seventh of a parse; the nodes its
    parser builds from source text are valid by construction, so they are built without it. Nodes that
    rules build (fix replacements) are still validated."""
    CSTNode.__post_init__ = _unchecked  # type: ignore[method-assign]
    try:
        yield
    finally:
        CSTNode.__post_init__ = _VALIDATE  # type: ignore[method-assign]


def _unchecked(self: CSTNode) -> None:
    pass


def _offset(lines: list[str], line: int, column: int) -> int:
    return sum(len(x) for x in lines[: line - 1]) + column


def _code(module: cst.Module, node: cst.CSTNode, indent: str) -> str:
    """The code of a replacement node for a place inside blocks indented by `indent`.

    `module.code_for_node` renders a node as if it stood at the top of the module, so the continuation lines
    of a multi-line replacement (arguments on their own lines, comments between them) would lose the
    indentation of the enclosing blocks; here they get it, as in the module's own code.
    """
    state = CodegenState(default_indent=module.default_indent, default_newline=module.default_newline)
    if indent:
        state.increase_indent(indent)
    node._codegen(state)
    return "".join(state.tokens)


def parse_problem(path: str, text: str, exc: cst.ParserSyntaxError) -> Problem:
    """A readable syntax-error problem; the interpreter's parser gives the better location when it agrees."""
    message = str(exc).splitlines()
    detail = next((m for m in message if m.startswith("parser error")), message[0] if message else "")
    found = _PARSER_LOCATION.search(str(exc))
    line = int(found.group(1)) if found else exc.raw_line
    try:
        ast.parse(text)
    except SyntaxError as syntax:
        return Problem(path, f"syntax error: {syntax.msg}", ENGINE, syntax.lineno or line)
    except (ValueError, RecursionError, MemoryError):
        pass
    return Problem(path, f"syntax error: {detail.removeprefix('parser error: ')}", ENGINE, line)


def syntax_problem(path: str, text: str) -> Problem | None:
    """Check that a file no rule needs to walk still parses (cheaply with ast, libcst when ast cannot)."""
    try:
        ast.parse(text)
        return None
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        pass
    try:
        cst.parse_module(text)
        return None
    except cst.ParserSyntaxError as exc:
        return parse_problem(path, text, exc)
    except RecursionError:
        return Problem(path, "too deeply nested for the parser", ENGINE)
