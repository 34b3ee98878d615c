"""The rule base class and the per-file context a libcst rule is given (helpers: bindings, strings, helpers).

A rule is one class holding its metadata, the callee names or node types it wants to see, its examples
(`flagged` lines carry a trailing `# expect` comment; `safe` must stay quiet) and, optionally, a fix.
"""

from __future__ import annotations

import re
from collections.abc import Hashable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar

import libcst as cst

from guidelint.engines.libcst.positions import Statement, enclosing_statement
from guidelint.engines.libcst.shapes import Shape
from guidelint.knowledge import Knowledge, active
from guidelint.model import RuleMeta
from guidelint.semantic.names import Names
from guidelint.semantic.project import Project

if TYPE_CHECKING:
    from guidelint.engines.taint.facts import FactIndex, Facts
    from guidelint.engines.taint.models import Models


@dataclass(frozen=True)
class Report:
    """A rule's raw report: the node to point at, an optional message and replacement node."""

    rule: Rule
    node: cst.CSTNode
    message: str = ""
    replacement: cst.CSTNode | None = None
    fix_description: str = ""
    fix_target: cst.CSTNode | None = None  # the node `replacement` replaces (default: `node`)
    indent: str = ""  # indentation of the block the replacement goes into, for its continuation lines
    within: tuple[int, int] | None = None  # a span of the node's own source text to point at instead
    advisory: bool = False  # reported, not blocking (Hit.advisory)
    blocks_in_tests: bool = False  # blocking in test code too (Hit.blocks_in_tests)
    statement: Statement | None = None  # the statement the walk was in (where `node` is, as a rule)


class Rule:
    """Base class of a libcst rule.

    Subclasses set `meta`, and `calls` (qualified names such as "pickle.loads" or builtins such as "eval";
    matching calls go to `check_call`) and/or `nodes` (node types that go to `check_node`). `needles` are
    substrings a file must contain for the rule to be worth parsing it for; by default they are derived
    from `calls`. `shape` (optional) is what a file's `ast` must contain for the rule to be able to report
    (`engines.libcst.shapes`): a file with the needles but not the shape is not parsed for the rule.
    Rule instances are shared by all files of a worker: keep no per-file state on them.
    """

    meta: ClassVar[RuleMeta]
    calls: ClassVar[tuple[str, ...]] = ()
    nodes: ClassVar[tuple[type[cst.CSTNode], ...]] = ()
    needles: ClassVar[tuple[str | re.Pattern[str], ...]] = ()
    shape: ClassVar[Shape | None] = None
    flagged: ClassVar[str] = ""
    safe: ClassVar[str] = ""
    fixed: ClassVar[str | None] = None
    options: ClassVar[dict[str, Any]] = {}

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        """Called for each call whose callee resolves to one of `calls`."""

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """Called for each node of one of the `nodes` types."""

    def keeps(self, ctx: Context) -> bool:
        """Whether a report made now (at the node being checked, under `ctx.ancestors`) is this rule's. Two
        rules of one module that find the same code can part it by where it stands: NET102 leaves to NET108
        what runs only when the caller switched verification off (`guidelint.cst.optout`)."""
        return True

    def phrase(self, message: str, ctx: Context) -> str:
        """The message of a report this rule keeps, completed with what only the place of the report shows
        (NET109 names the switch whose off position leads there)."""
        return message

    def load(self) -> Rule:
        """The rule itself (a pack's rules may be stand-ins that import their module on first use)."""
        return self

    @classmethod
    def prefilter(cls) -> tuple[str | re.Pattern[str], ...]:
        """Substrings (or compiled patterns) of which one must occur in a file for this rule to apply."""
        if cls.needles:
            return cls.needles
        return tuple(sorted({name.split(".")[0] for name in cls.calls}))


class Context(Names):
    """What a rule sees of the file being checked: names resolved through imports (`Names`), enclosing
    scopes and ancestors, its options, and `report()`."""

    def __init__(
        self,
        module: cst.Module,
        path: str,
        options: dict[str, dict[str, Any]],
        project: Project | None = None,
        knowledge: Knowledge | None = None,
        models: Models | None = None,
        text: str | None = None,
    ) -> None:
        super().__init__()
        self.module = module
        self._models = models
        self._text = text
        self._facts: FactIndex | None = None
        self.knowledge = knowledge if knowledge is not None else active()
        """Facts about libraries and frameworks (shells, SQL APIs, HTTP clients, web frameworks), from the
        active packs' knowledge/ folders: see guidelint.knowledge."""
        self.path = path
        self._options = options
        self.project = project if project is not None else Project(None)
        """The scanned project's other modules (class hierarchies across files); see `derives_from`."""
        self.ancestors: list[cst.CSTNode] = []
        self.reports: list[Report] = []
        self.failures: list[tuple[Rule, BaseException]] = []
        self.memo: dict[Hashable, Any] = {}
        """Facts a rule (or a helper) works out once per file and reuses for later nodes, under a key of its
        choosing (start it with the rule id). A Context serves one file, so nothing leaks to the next."""
        self._current: Rule | None = None

    # --- reporting -------------------------------------------------------------------------------------
    def report(
        self,
        node: cst.CSTNode,
        message: str = "",
        replacement: cst.CSTNode | None = None,
        fix_description: str = "",
        fix_target: cst.CSTNode | None = None,
        within: tuple[int, int] | None = None,
        advisory: bool = False,
        blocks_in_tests: bool = False,
    ) -> None:
        """Report a violation of the running rule at `node`, or at the span `within` (start and end offsets
        into the node's source text, e.g. one line of a long string literal). An `advisory` report is
        shown but never blocks: for code the rule saw cannot do the harm its severity is for; say why in
        the message. A `blocks_in_tests` report blocks in the project's test code too, whatever the rule's
        `tests` setting: for what is live wherever it is committed (a real-looking cloud key).

        A fix is a `replacement` node for `fix_target` (default: `node` itself), e.g. report at the
        `verify=False` argument and replace the whole call by one without it. A multi-line replacement is
        rendered with the indentation of the block being checked on its continuation lines.
        """
        assert self._current is not None
        if not self._current.keeps(self):
            return
        message = self._current.phrase(message, self)
        indent = ""
        if replacement is not None:
            default = self.module.default_indent
            indent = "".join(
                (a.indent if a.indent is not None else default)
                for a in self.ancestors
                if isinstance(a, cst.IndentedBlock)
            )
        self.reports.append(
            Report(
                self._current,
                node,
                message,
                replacement,
                fix_description,
                fix_target,
                indent,
                within,
                advisory,
                blocks_in_tests,
                enclosing_statement([*self.ancestors, node], self.module.default_indent),
            )
        )

    def derives_from(self, expr: cst.BaseExpression, classes: frozenset[str] | set[str]) -> bool:
        """True when `expr` names one of `classes` (qualified names) or a class that derives from one, defined
        in this module or in another module of the project (`class StrictLoader(yaml.SafeLoader)`)."""
        name = self.qualname(expr)
        if name is None and isinstance(expr, cst.Name) and expr.value in self.module_defined:
            name = self.project.local(expr.value)
        return name is not None and self.project.derives_from(self.project.absolute(name), classes)

    def facts(self, expr: cst.BaseExpression) -> Facts:
        """What the dataflow knows of `expr` (a node of this module) where it is evaluated: the constants it
        can be (`fixed`, `constant`), the source kinds that may reach it (`sources()`, `untrusted(sink)`)
        and whether a guard or sanitizer cleared them (`validated(sink)`). The module's taint analysis runs
        once, on the first question; without taint models, or where the analysis did not go, every answer
        is unknown (`seen` is False), so a rule keeps its own judgement."""
        if self._facts is None:
            from guidelint.engines.taint.facts import module_facts

            self._facts = module_facts(self.module, self.path, self._text, self._models, self.project)
        return self._facts.facts(expr)

    def option(self, name: str, default: Any) -> Any:
        """A rule option from the configuration, falling back to the rule's own default."""
        assert self._current is not None
        rule_id = self._current.meta.id
        return self._options.get(rule_id, {}).get(name, self._current.options.get(name, default))

    def code(self, node: cst.CSTNode) -> str:
        return self.module.code_for_node(node)
