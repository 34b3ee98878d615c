"""Taint tracking on libcst: values from sources flow through assignments, string building, containers,
calls and returns to sinks; sanitizers and guards clear them for the sinks they protect.

The analysis is intraprocedural with summaries of the functions defined in the same module (which
parameters reach the return value or a sink). Conditions that fold to a constant prune the branch that
cannot run; a value overwritten with a constant is clean again.
"""

from __future__ import annotations

import fnmatch
import operator
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

import libcst as cst

from guidelint.cst.api import Context, Scope, constant_value, dotted, format_slots, is_constant, percent_slots
from guidelint.cst.walker import _import_bindings, _prescan_module, children, is_node
from guidelint.egress import allowed_url
from guidelint.knowledge import active as active_knowledge
from guidelint.taint.models import Models, Sink, Source

MAX_LABELS = 4
MAX_STEPS = 10
ALL = "*"
UNKNOWN: Any = object()


@dataclass(frozen=True)
class Label:
    """One reason a value is tainted: where it came from and how it got here."""

    kind: str  # "input", "confidential", or "param" (a parameter, in function summaries)
    origin: str
    steps: tuple[tuple[cst.CSTNode, str], ...]
    cleared: frozenset[str] = frozenset()
    param: int = -1

    def clears(self, kind: str) -> bool:
        return kind in self.cleared or ALL in self.cleared

    @cached_property
    def rank(self) -> tuple[bool, int, str, tuple[str, ...], tuple[str, ...]]:
        """The order in which labels are preferred: a known source before a parameter, the shortest flow,
        then what the flow says; never the order of a set (string hashes change from run to run)."""
        notes = tuple(note for _, note in self.steps)
        return (self.param >= 0, len(self.steps), self.origin, notes, tuple(sorted(self.cleared)))


Taint = frozenset[Label]
CLEAN: Taint = frozenset()


def _cap(labels: Iterator[Label] | Sequence[Label]) -> Taint:
    ordered = sorted(labels, key=lambda lb: lb.rank)
    out: list[Label] = []
    origins: set[tuple[str, int, frozenset[str]]] = set()
    for label in ordered:
        key = (label.origin, label.param, label.cleared)
        if key not in origins:
            origins.add(key)
            out.append(label)
        if len(out) >= MAX_LABELS:
            break
    return frozenset(out)


def union(*taints: Taint) -> Taint:
    merged = [label for taint in taints for label in taint]
    return _cap(merged) if len(merged) > 1 else frozenset(merged)


def with_step(taint: Taint, node: cst.CSTNode, note: str) -> Taint:
    if not taint:
        return taint
    out = []
    for label in taint:
        steps = (*label.steps, (node, note))
        if len(steps) > MAX_STEPS:
            steps = (*steps[:2], *steps[-(MAX_STEPS - 2) :])
        out.append(replace(label, steps=steps))
    return frozenset(out)


_ARGUMENT = frozenset({"process"})  # the sink kind of a program's argument vector
_HOST = frozenset({"url"})  # a value placed as a URL's host is reported there, not again where the URL is used
_IN_HOST = re.compile(r"(?i)(?:\b[a-z][a-z0-9+.-]*|\0)://[^/?#\s'\"<>@\0]*$")  # \0: an earlier value
HOST_SINK = Sink(how="call", patterns=("URL host",), kind="url-host")
ENGINE_SINK_KINDS = frozenset({HOST_SINK.kind})  # sinks the engine finds itself (a value placed as a URL's host)
SHELL_ARGV = Sink(how="call", patterns=("shell -c",), kind="shell")
# globals()[name], vars(module).get(name), fn.__globals__[name]: a function or object picked by name
NAMESPACE_LOOKUP = Sink(how="call", patterns=("namespace lookup",), kind="reflection")
_NAMESPACES = frozenset({"globals", "locals", "vars"})
_NAMESPACE_ATTRIBUTES = frozenset({"__globals__", "__dict__", "__builtins__"})


def _inside_argument(before: str) -> bool:
    """Whether a value placed after `before` lands inside an argument that a constant starts: it cannot
    add arguments or become an option ("/exports/{name}" can not; "ping {host}" and "-o{opt}" can)."""
    if not before or before[-1].isspace():
        return False
    token = before.split()[-1]
    return not token.startswith(("-", "\0"))


def cleared(taint: Taint, kinds: frozenset[str]) -> Taint:
    return frozenset(replace(label, cleared=label.cleared | kinds) for label in taint) if taint else taint


def checked(taint: Taint, kinds: frozenset[str]) -> Taint:
    """What a passed check leaves: input that is known well-formed is harmless, but a confidential value
    that matched a pattern or an allow-list is as confidential as before."""
    if not taint:
        return taint
    return frozenset(
        label if label.kind == "confidential" else replace(label, cleared=label.cleared | kinds) for label in taint
    )


def masked(taint: Taint, subscript: cst.Subscript) -> Taint:
    """value[-4:], value[:4]: a few characters of a confidential value (the last digits of an account or
    card number) are what masking leaves on purpose, no longer the value."""
    if not taint or not _short_slice(subscript):
        return taint
    return frozenset(label for label in taint if label.kind != "confidential")


def _short_slice(subscript: cst.Subscript) -> bool:
    if len(subscript.slice) != 1 or type(subscript.slice[0].slice) is not cst.Slice:
        return False
    part = subscript.slice[0].slice
    lower = constant_value(part.lower) if part.lower is not None else None
    upper = constant_value(part.upper) if part.upper is not None else None
    return part.step is None and (
        (isinstance(lower, int) and -4 <= lower < 0 and upper is None)
        or (lower in (None, 0) and isinstance(upper, int) and 0 < upper <= 4)
    )


def _masking(expr: cst.CSTNode) -> bool:
    """The expression keeps only a few characters of something: "***" + ssn[-4:]."""
    return any(type(node) is cst.Subscript and _short_slice(node) for node in _walk(expr))


@dataclass
class Hit:
    """A tainted value reaching a sink, before positions are known."""

    kind: str  # the sink kind
    node: cst.CSTNode
    label: Label
    sink: str


@dataclass
class Summary:
    returns: Taint = CLEAN
    items: tuple[Taint, ...] | None = None  # per element, when every return is a tuple of the same length
    param_sinks: list[tuple[int, Sink, cst.CSTNode, Label, str]] = field(default_factory=list)


@dataclass
class Env:
    values: dict[str, Taint] = field(default_factory=dict)
    consts: dict[str, Any] = field(default_factory=dict)

    def copy(self) -> Env:
        return Env(dict(self.values), dict(self.consts))

    def merge(self, other: Env) -> None:
        for key, taint in other.values.items():
            self.values[key] = union(self.values.get(key, CLEAN), taint)
        for key in list(self.consts):
            if other.consts.get(key, UNKNOWN) != self.consts[key]:
                del self.consts[key]


_EXITS = {"abort", "exit", "_exit", "fail", "quit", "bad_request", "forbidden", "not_found"}
# words in the name of a function called in a condition that make it a check of its arguments
_CONTAINMENT = (
    "startswith",
    "is_relative_to",
    "commonpath",
    "commonprefix",
    "has_allowed_host",
    "safe_url",
    "safe_join",
    "within",
    "inside",
    "safe_path",
    "is_safe",
)
_CHARACTER_CLASS = ("isdigit", "isnumeric", "isdecimal", "isalnum", "isalpha", "isidentifier")
_VALIDATION = (
    "isdigit",
    "isnumeric",
    "isdecimal",
    "isalnum",
    "isalpha",
    "isidentifier",
    "match",
    "valid",
    "allow",
    "permit",
    "trusted",
    "whitelist",
    "sanitiz",
    "isinstance",
)
ALL_KINDS = frozenset({ALL})
CONTENT_KINDS = frozenset(
    {
        "shell",
        "process",
        "sql",
        "code",
        "html",
        "ldap",
        "xpath",
        "template",
        "xml",
        "regex",
        "nosql",
        "log",
        "header",
        "print",
        "exception",
        "deserialize",
        "mass-assignment",  # form.is_valid(): only the form's declared fields remain
        "import",  # a module name that passed an allow-list
        "reflection",  # an attribute name that passed one
    }
)
CONTAINED_KINDS = frozenset({"path", "redirect", "url", "url-host"})
Clears = list[tuple[str, frozenset[str]]]
_HANDLER_EXPRESSIONS = (cst.Dict, cst.List, cst.ListComp, cst.DictComp)
_LOOKUPS = {"get", "pop", "setdefault"}
_MUTATORS = frozenset({"append", "extend", "insert", "add", "update", "appendleft", "extendleft"})
# methods whose result carries the data of the object they are called on (strings, bytes, containers,
# files, parsed URLs and paths, request wrappers)
_TRANSPARENT = frozenset(
    [
        "strip",
        "lstrip",
        "rstrip",
        "lower",
        "upper",
        "casefold",
        "title",
        "capitalize",
        "swapcase",
        "replace",
        "format",
        "format_map",
        "join",
        "split",
        "rsplit",
        "splitlines",
        "partition",
        "rpartition",
        "encode",
        "decode",
        "center",
        "ljust",
        "rjust",
        "zfill",
        "expandtabs",
        "removeprefix",
        "removesuffix",
        "translate",
        "getlist",
        "getall",
        "getone",
        "items",
        "values",
        "keys",
        "copy",
        "read",
        "readline",
        "readlines",
        "getvalue",
        "get_json",
        "get_data",
        "post",  # aiohttp: await request.post(), the form
        "form",  # Starlette: await request.form()
        "body",  # Starlette: await request.body()
        "json",
        "text",
        "content",
        "to_dict",
        "dict",
        "lists",
        "first",
        "urlencode",
        "geturl",
        "hex",
        "resolve",
        "absolute",
        "joinpath",
        "with_name",
        "with_suffix",
        "expanduser",
        "as_posix",
        "relative_to",
        "open",
        "read_text",
        "read_bytes",
        "strftime",
        "isoformat",
        "get_full_path",
        "build_absolute_uri",
        "get_host",
        "getattr",
        "__getitem__",
        "__str__",
        "as_string",
        "tobytes",
        "tostring",
        "iter_content",
        "iterlines",
        "get_argument",
        "get_arguments",
        "get_query_argument",
        "get_body_argument",
        "cleaned_data",
        "data",
    ]
)
_BINOPS: dict[type[cst.CSTNode], Callable[[Any, Any], Any]] = {
    cst.Add: operator.add,
    cst.Subtract: operator.sub,
    cst.Multiply: operator.mul,
    cst.FloorDivide: operator.floordiv,
    cst.Modulo: operator.mod,
    cst.Divide: operator.truediv,
    cst.Power: operator.pow,
}
_COMPARE: dict[type[cst.CSTNode], Callable[[Any, Any], Any]] = {
    cst.Equal: operator.eq,
    cst.NotEqual: operator.ne,
    cst.LessThan: operator.lt,
    cst.LessThanEqual: operator.le,
    cst.GreaterThan: operator.gt,
    cst.GreaterThanEqual: operator.ge,
}


def _body(block: cst.BaseSuite) -> Sequence[cst.BaseStatement | cst.BaseSmallStatement]:
    return block.body


def _decorator_name(decorator: cst.Decorator, ctx: Context) -> str:
    expr = decorator.decorator.func if type(decorator.decorator) is cst.Call else decorator.decorator
    return ctx.qualname(expr) or dotted(expr) or ""


def _matches(name: str, patterns: Sequence[str]) -> bool:
    return any(fnmatch.fnmatchcase(name, p) for p in patterns)


class Analysis:
    """One module's taint analysis."""

    def __init__(
        self,
        module: cst.Module,
        path: str,
        models: Models,
        sink_kinds: set[str],
        options: dict[str, dict[str, Any]] | None = None,
        text: str | None = None,
    ) -> None:
        self.module = module
        self.text = text
        self.models = models
        self.sink_kinds = sink_kinds
        self.options = options or {}
        self.ctx = Context(module, path, {})
        _prescan_module(module, self.ctx)
        self.imported = {v.split(".")[0] for v in self.ctx.scopes[0].names.values() if v}
        self._all_imports = False
        self._import_checked: dict[str, bool] = {}
        self.hits: dict[tuple[str, int, str], Hit] = {}
        self.functions: dict[str, cst.FunctionDef] = {}
        self.classes: dict[str, dict[str, cst.FunctionDef]] = {}
        self.instances: dict[str, str] = {}  # names bound to an instance of a class of this module
        self.bases: dict[str, list[str]] = {}
        self.summaries: dict[int, Summary] = {}
        self.called: cst.BaseExpression | None = None  # the callee expression of the call being evaluated
        # per function being analysed: the element taints of each `return a, b` (None once any return is not
        # a tuple display); and the element taints of calls to functions summarised that way
        self.tuple_returns: list[list[tuple[Taint, ...]] | None] = []
        self.last_tuple_returns: list[tuple[Taint, ...]] | None = None
        self.call_items: dict[int, tuple[Taint, ...]] = {}
        self.computing: set[int] = set()
        self.current_class: str | None = None
        self.class_attrs: dict[str, dict[str, Taint]] = {}
        self.sink_calls = models.sink_calls()
        self.assign_sinks = [s for s in models.sinks if s.how == "assign" and s.kind in sink_kinds]
        self.sink_methods = models.sink_methods()
        self.object_sources = [s for s in models.sources if s.how == "object" and self._applies(s)]
        self.call_sources = [s for s in models.sources if s.how == "call" and self._applies(s)]
        self.name_sources = [s for s in models.sources if s.how == "names" and self._applies(s)]
        self.caught_sources = [s for s in models.sources if s.how == "caught" and self._applies(s)]
        self.annotation_sources = [s for s in models.sources if s.how == "annotation" and self._applies(s)]
        self.literal_sources = [
            (source, [re.compile(p) for p in source.patterns])
            for source in models.sources
            if source.how == "literal" and self._applies(source)
        ]
        self.sanitizer_calls = [(s.patterns, s.kinds) for s in models.sanitizers]
        self.location_kinds = frozenset(s.kind for s in models.sources if s.location)
        self.param_sources = [s for s in models.sources if s.how in ("params-named", "names", "annotation")]
        self.module_env = Env()
        self._summary_mode = 0
        self.return_sinks: list[tuple[cst.FunctionDef | None, list[Sink]]] = []

    def _applies(self, model: Source | Sink) -> bool:
        wanted = model.requires_import
        if not wanted:
            return True
        known = self._import_checked.get(wanted)
        if known is None:
            known = self._import_checked[wanted] = self._imports(wanted)
        return known

    def _imports(self, module: str) -> bool:
        if module in self.imported:
            return True
        if self.text is not None and module not in self.text:
            return False  # not even the word: no import of it anywhere
        if not self._all_imports:  # imported inside a function only: look once through the whole module
            self._all_imports = True
            stack: list[cst.CSTNode] = [self.module]
            while stack:
                node = stack.pop()
                if type(node) is cst.Import or type(node) is cst.ImportFrom:
                    self.imported |= {full.split(".")[0] for _, full in _import_bindings(node) if full}
                elif not isinstance(node, cst.BaseExpression):
                    stack.extend(node.children)
        return module in self.imported

    # --- entry point ---------------------------------------------------------------------------------
    def run(self) -> list[Hit]:
        self._index(self.module.body)
        self._block(self.module.body, self.module_env)
        for fn, cls in self._all_functions():
            self.current_class = cls
            self._function(fn, self.module_env)
        return list(self.hits.values())

    def _index(self, body: Sequence[cst.CSTNode]) -> None:
        for stmt in body:
            if type(stmt) is cst.FunctionDef:
                self.functions[stmt.name.value] = stmt
            elif type(stmt) is cst.ClassDef:
                methods = {s.name.value: s for s in _body(stmt.body) if type(s) is cst.FunctionDef}
                self.classes[stmt.name.value] = methods
                self.bases[stmt.name.value] = [self.ctx.qualname(b.value) or dotted(b.value) or "" for b in stmt.bases]
            elif isinstance(stmt, (cst.If, cst.Try)):
                self._index([s for s in _body(stmt.body) if isinstance(s, (cst.FunctionDef, cst.ClassDef))])
        for stmt in body:  # manager = DocumentManager(): manager.get(x) runs DocumentManager.get
            for small in stmt.body if type(stmt) is cst.SimpleStatementLine else ():
                if (
                    type(small) is cst.Assign
                    and len(small.targets) == 1
                    and type(small.targets[0].target) is cst.Name
                    and type(small.value) is cst.Call
                    and type(small.value.func) is cst.Name
                    and small.value.func.value in self.classes
                ):
                    self.instances[small.targets[0].target.value] = small.value.func.value

    def _all_functions(self) -> Iterator[tuple[cst.FunctionDef, str | None]]:
        for fn in self.functions.values():
            yield fn, None
        for cls, methods in self.classes.items():
            init = methods.get("__init__")
            if init is not None:
                yield init, cls
            for name, fn in methods.items():
                if name != "__init__":
                    yield fn, cls

    # --- functions -------------------------------------------------------------------------------------
    def _function(self, fn: cst.FunctionDef, outer: Env, param_labels: bool = False) -> tuple[Taint, Env]:
        """Analyse a function body; parameters are sources where a model says so, else symbolic (summaries)."""
        env = Env(dict(outer.values), dict(outer.consts))
        scope = Scope("function")
        params = self._params(fn)
        decorators = [_decorator_name(d, self.ctx) for d in fn.decorators]
        handler_sources = [
            s
            for s in self.models.sources
            if s.how == "params-of-decorated" and self._applies(s) and any(_matches(d, s.patterns) for d in decorators)
        ]
        for index, param in enumerate(params):
            name = param.name.value
            scope.names[name] = None
            env.consts.pop(name, None)
            taint: Taint = CLEAN
            if param_labels:
                taint = frozenset({Label("param", name, ((param, f"parameter {name}"),), param=index)})
            if name not in ("self", "cls"):
                for source in handler_sources:
                    taint = union(taint, self._label(source, param, f"handler parameter {name}"))
                for source in self.param_sources:
                    if self._param_source(source, param, name, params):
                        taint = union(taint, self._label(source, param, f"parameter {name}"))
            if param.default is not None:  # what a caller leaving the parameter out gets
                taint = union(taint, self.eval(param.default, outer))
            env.values[name] = taint
        imports = self.ctx.memo.get(("imports", id(fn)))
        if imports is None:
            imports = self.ctx.memo[("imports", id(fn))] = list(self._function_imports(fn))
        for local, full in imports:
            scope.names[local] = full
        return_sinks = [
            s
            for s in self.models.sinks
            if s.how == "returns-of-decorated"
            and self._applies(s)
            and s.kind in self.sink_kinds
            and any(_matches(d, s.patterns) for d in decorators)
        ]
        self.ctx.scopes.append(scope)
        self.ctx.functions.append(fn)
        self.return_sinks.append((fn, return_sinks))
        self.tuple_returns.append([])
        try:
            returns = self._block(_body(fn.body), env)
        finally:
            self.ctx.scopes.pop()
            self.ctx.functions.pop()
            self.return_sinks.pop()
            self.last_tuple_returns = self.tuple_returns.pop()
        return returns, env

    def _param_source(self, source: Source, param: cst.Param, name: str, params: list[cst.Param]) -> bool:
        """Whether a parameter of a function (whose parameters are `params`) is a source by name or annotation."""
        if not self._applies(source):
            return False
        if source.how == "params-named":
            if source.together_with and not set(source.together_with) <= {p.name.value for p in params}:
                return False
            return name in source.patterns
        if source.how == "names":
            return source.matches(name)
        if source.how == "annotation" and param.annotation is not None:
            return self._annotated(param.annotation.annotation, source)
        return False

    def _params(self, fn: cst.FunctionDef) -> list[cst.Param]:
        p = fn.params
        out = [*p.posonly_params, *p.params, *p.kwonly_params]
        for star in (p.star_arg, p.star_kwarg):
            if type(star) is cst.Param:
                out.append(star)
        return out

    def _function_imports(self, fn: cst.FunctionDef) -> Iterator[tuple[str, str | None]]:
        """Imports anywhere in a function's own statements (not in nested definitions)."""
        stack: list[Any] = list(_body(fn.body))
        while stack:
            node = stack.pop()
            kind = type(node)
            if kind is cst.Import or kind is cst.ImportFrom:
                yield from _import_bindings(node)
            elif kind is cst.SimpleStatementLine or kind is cst.SimpleStatementSuite or kind is cst.IndentedBlock:
                stack.extend(node.body)
            elif kind not in (cst.FunctionDef, cst.ClassDef) and is_node(node):
                for attr in ("body", "orelse", "finalbody", "handlers", "cases"):
                    value = getattr(node, attr, None)
                    if isinstance(value, (list, tuple)):
                        stack.extend(value)
                    elif value is not None and is_node(value):
                        stack.append(value)

    def summary(self, fn: cst.FunctionDef, cls: str | None) -> Summary:
        key = id(fn)
        if key in self.summaries:
            return self.summaries[key]
        if key in self.computing:
            return Summary()
        self.computing.add(key)
        saved = (self.current_class, self.hits)
        self.current_class = cls
        self.hits = {}
        self._summary_mode += 1
        try:
            returns, _ = self._function(fn, self.module_env, param_labels=True)
            summary = Summary(returns=returns, items=_items_of(self.last_tuple_returns))
            for hit in self.hits.values():
                if hit.label.param >= 0:
                    summary.param_sinks.append((hit.label.param, _sink_of(hit), hit.node, hit.label, hit.sink))
            real = {k: h for k, h in self.hits.items() if h.label.param < 0}
        finally:
            self._summary_mode -= 1
            self.current_class, self.hits = saved
            self.computing.discard(key)
        self.hits.update(real)
        self.summaries[key] = summary
        return summary

    # --- statements ------------------------------------------------------------------------------------
    def _block(self, body: Sequence[cst.CSTNode], env: Env) -> Taint:
        returns: Taint = CLEAN
        for stmt in body:
            returns = union(returns, self._statement(stmt, env))
        return returns

    def _statement(self, stmt: cst.CSTNode, env: Env) -> Taint:
        if type(stmt) is cst.SimpleStatementLine:
            return self._block(stmt.body, env)
        if type(stmt) is cst.Assign:
            value = self.eval(stmt.value, env)
            items = self.call_items.pop(id(stmt.value), None) if type(stmt.value) is cst.Call else None
            for target in stmt.targets:
                names = target.target
                if items is not None and isinstance(names, (cst.Tuple, cst.List)) and len(names.elements) == len(items):
                    for element, element_taint in zip(names.elements, items, strict=True):  # a, b = f()
                        self._assign(element.value, element_taint, env, stmt.value)
                    continue
                self._assign(names, value, env, stmt.value)
            return CLEAN
        if type(stmt) is cst.AnnAssign:
            if stmt.value is not None:
                value = self.eval(stmt.value, env)
                for source in self.annotation_sources:
                    if self._annotated(stmt.annotation.annotation, source):
                        value = union(value, self._label(source, stmt.target, "annotated value"))
                self._assign(stmt.target, value, env, stmt.value)
            return CLEAN
        if type(stmt) is cst.AugAssign:
            value = union(self.eval(stmt.target, env), self.eval(stmt.value, env))
            self._assign(stmt.target, value, env, None)
            return CLEAN
        if type(stmt) is cst.Expr:
            self.eval(stmt.value, env)
            return CLEAN
        if type(stmt) is cst.Return:
            if stmt.value is None:
                return CLEAN
            elements = self._elements(stmt.value, env) if type(stmt.value) is cst.Tuple else None
            value = union(*elements) if elements is not None else self.eval(stmt.value, env)
            self._record_items(stmt.value, elements)
            fn, sinks = self.return_sinks[-1] if self.return_sinks else (None, [])
            if sinks and value:
                # return body, status: the body is what the client gets
                body = stmt.value.elements[0].value if elements and type(stmt.value) is cst.Tuple else stmt.value
                shown = elements[0] if elements else value
                literal = isinstance(body, _HANDLER_EXPRESSIONS)  # a dict or list becomes JSON, not HTML
                for sink in sinks:
                    if not (literal and sink.kind == "html") and not self._exempt(sink):
                        self._check(sink, stmt, f"response of {fn.name.value}()" if fn else "response", shown)
            return value
        if type(stmt) is cst.Raise:
            if stmt.exc is not None:
                self._raise(stmt.exc, env)
            return CLEAN
        if isinstance(stmt, (cst.Import, cst.ImportFrom)) and len(self.ctx.scopes) > 1:
            for local, full in _import_bindings(stmt):
                self.ctx.bind(local, full)
            return CLEAN
        if type(stmt) is cst.If:
            return self._if(stmt, env)
        if isinstance(stmt, (cst.For,)):
            iterated = self.eval(stmt.iter, env)
            returns: Taint = CLEAN
            for _ in range(2):  # twice: values carried around the loop
                self._assign(stmt.target, iterated, env, stmt.iter)
                returns = union(returns, self._block(_body(stmt.body), env))
            if stmt.orelse is not None:
                returns = union(returns, self._block(_body(stmt.orelse.body), env))
            return returns
        if type(stmt) is cst.While:
            truth = self.fold(stmt.test, env)
            if truth is not UNKNOWN and not truth:
                return self._block(_body(stmt.orelse.body), env) if stmt.orelse else CLEAN
            returns = CLEAN
            for _ in range(2):
                self.eval(stmt.test, env)
                returns = union(returns, self._block(_body(stmt.body), env))
            return returns
        if type(stmt) is cst.With:
            for item in stmt.items:
                value = self.eval(item.item, env)
                if item.asname is not None:
                    self._assign(item.asname.name, value, env, item.item)
            return self._block(_body(stmt.body), env)
        if isinstance(stmt, (cst.Try, cst.TryStar)):
            raised = env.copy()
            returns = CLEAN
            for part in _body(stmt.body):  # a handler runs after any statement of the body: each state counts
                returns = union(returns, self._statement(part, env))
                raised.merge(env)
            after = env.copy()
            for handler in stmt.handlers:
                branch = raised.copy()
                if handler.name is not None:
                    self._assign(handler.name.name, self._caught(handler), branch, None)
                returns = union(returns, self._block(_body(handler.body), branch))
                after.merge(branch)
            if stmt.orelse is not None:
                returns = union(returns, self._block(_body(stmt.orelse.body), after))
            if stmt.finalbody is not None:
                returns = union(returns, self._block(_body(stmt.finalbody.body), after))
            env.values, env.consts = after.values, after.consts
            return returns
        if type(stmt) is cst.Match:
            subject = self.eval(stmt.subject, env)
            after = env.copy()
            returns = CLEAN
            for case in stmt.cases:
                branch = env.copy()
                for name in _capture_names(case.pattern):
                    branch.values[name] = subject
                    branch.consts.pop(name, None)
                returns = union(returns, self._block(_body(case.body), branch))
                after.merge(branch)
            env.values, env.consts = after.values, after.consts
            return returns
        if type(stmt) is cst.FunctionDef:
            env.values.pop(stmt.name.value, None)
            if len(self.ctx.scopes) > 1:  # nested function: a closure over the current values
                self._function(stmt, env)
            return CLEAN
        return CLEAN

    def _if(self, stmt: cst.If, env: Env) -> Taint:
        truth = self.fold(stmt.test, env)
        self.eval(stmt.test, env)
        orelse = stmt.orelse
        if truth is not UNKNOWN:
            if truth:
                return self._block(_body(stmt.body), env)
            if type(orelse) is cst.If:
                return self._if(orelse, env)
            return self._block(_body(orelse.body), env) if orelse is not None else CLEAN
        holds, fails = self._guards(stmt.test, env)
        body_env = env.copy()
        else_env = env.copy()
        for target, clears in ((body_env, holds), (else_env, fails)):
            for name, kinds in clears:
                target.values[name] = checked(target.values.get(name, CLEAN), kinds)
        returns = self._block(_body(stmt.body), body_env)
        exits = _always_exits(stmt.body)
        if type(orelse) is cst.If:
            returns = union(returns, self._if(orelse, else_env))
        elif orelse is not None:
            returns = union(returns, self._block(_body(orelse.body), else_env))
        if exits:
            env.values, env.consts = else_env.values, else_env.consts
        elif type(orelse) is cst.Else and _always_exits(orelse.body):
            env.values, env.consts = body_env.values, body_env.consts
        else:
            body_env.merge(else_env)
            env.values, env.consts = body_env.values, body_env.consts
        return returns

    def _guards(self, test: cst.BaseExpression, env: Env) -> tuple[Clears, Clears]:
        """What a condition proves: (names validated where it holds, names validated where it fails)."""
        if type(test) is cst.UnaryOperation and type(test.operator) is cst.Not:
            holds, fails = self._guards(test.expression, env)
            return fails, holds
        if type(test) is cst.BooleanOperation:
            left, right = self._guards(test.left, env), self._guards(test.right, env)
            if type(test.operator) is cst.And:
                return left[0] + right[0], []
            return [], left[1] + right[1]
        if type(test) is cst.Comparison and len(test.comparisons) == 1:
            op, other = test.comparisons[0].operator, test.comparisons[0].comparator
            if isinstance(op, (cst.In, cst.NotIn)):
                if is_constant(test.left):  # "../" in name: the value is valid where the check fails
                    clears = [(n, ALL_KINDS) for n in self._tainted_names(other, env)]
                    return (clears, []) if type(op) is cst.NotIn else ([], clears)
                clears = [(n, ALL_KINDS) for n in self._tainted_names(test.left, env)]
                return ([], clears) if type(op) is cst.NotIn else (clears, [])
            if isinstance(op, (cst.Equal, cst.NotEqual, cst.Is, cst.IsNot)) and (
                is_constant(other) or is_constant(test.left)
            ):
                clears = [(n, ALL_KINDS) for n in self._tainted_names(test.left, env) + self._tainted_names(other, env)]
                return ([], clears) if isinstance(op, (cst.NotEqual, cst.IsNot)) else (clears, [])
        if type(test) is cst.Call:
            if (
                _call_name(test) in ("any", "all")
                and len(test.args) == 1
                and isinstance(test.args[0].value, (cst.GeneratorExp, cst.ListComp))
            ):  # any(is_within(root, path) for root in ROOTS): the check inside, for some or every item
                return self._guards(test.args[0].value.elt, env)
            kinds = _check_kinds(_call_name(test))
            local = self._local_function(test.func)
            if local is not None:  # a check written in this module: what it checks inside, not its name
                inside = self._checks_in(local[0])
                if inside is not None:
                    kinds = inside
            if not kinds:
                return [], []
            parts = [test.func.value] if type(test.func) is cst.Attribute else []
            parts += [a.value for a in test.args]
            return [(n, kinds) for part in parts for n in self._tainted_names(part, env)], []
        return [], []

    def _record_items(self, value: cst.BaseExpression, elements: list[Taint] | None) -> None:
        """Note the element taints of `return a, b` for the function's summary; any other return (a value,
        a tuple with *rest) leaves the function summarised as a whole."""
        if not self.tuple_returns or self.tuple_returns[-1] is None:
            return
        starred = isinstance(value, cst.Tuple) and any(type(e) is cst.StarredElement for e in value.elements)
        if elements is None or starred:
            self.tuple_returns[-1] = None
            return
        self.tuple_returns[-1].append(tuple(elements))

    def _elements(self, expr: cst.List | cst.Tuple, env: Env) -> list[Taint]:
        """The taint of each element of a list or tuple display; in an argument list, nothing after "--"
        is an option."""
        taints, options_end = [], False
        for entry in expr.elements:
            taint = self.eval(entry.value, env)
            taints.append(cleared(taint, _ARGUMENT) if options_end else taint)
            options_end = options_end or constant_value(entry.value) == "--"
        return taints

    def _caught(self, handler: cst.ExceptHandler | cst.ExceptStarHandler) -> Taint:
        """The exception an `except ... as e` binds: a source where a model says so (its message can
        carry the internals of what failed: SQL, paths, hosts)."""
        caught: Taint = CLEAN
        if handler.type is None or not self.caught_sources or handler.name is None:
            return caught
        caught_type = handler.type
        expressions = [e.value for e in caught_type.elements] if isinstance(caught_type, cst.Tuple) else [caught_type]
        names = [self.ctx.qualname(e) or dotted(e) or "" for e in expressions]
        for source in self.caught_sources:
            if any(_matches(n, source.patterns) for n in names):
                caught = union(caught, self._label(source, handler.name, "caught exception"))
        return caught

    def _under_keys(self, literal: cst.BaseExpression, keys: frozenset[str], env: Env, depth: int = 0) -> Taint:
        """The taint of the values a literal holds under `keys`, in nested dicts and lists too: the operators
        of a MongoDB filter that take JavaScript, {"$and": [{"$where": f"this.name == '{name}'"}]}."""
        found: Taint = CLEAN
        if not keys or depth > 4:
            return found
        if isinstance(literal, (cst.List, cst.Tuple)):
            for item in literal.elements:
                found = union(found, self._under_keys(item.value, keys, env, depth + 1))
            return found
        if type(literal) is not cst.Dict:
            return found
        for element in literal.elements:
            if type(element) is not cst.DictElement:
                continue
            if constant_value(element.key) in keys:
                found = union(found, self.eval(element.value, env))
            else:
                found = union(found, self._under_keys(element.value, keys, env, depth + 1))
        return found

    def _checks_in(self, fn: cst.FunctionDef) -> frozenset[str] | None:
        """Sink kinds the checks inside a module function make safe: containment and format checks it
        calls, membership and comparison with constants. None when it neither calls nor compares (a stub):
        then its name is all there is to go by. An is_safe_path() that only tests endswith(".log") is no
        containment check, whatever its name says."""
        key = ("checks", id(fn))
        if key not in self.ctx.memo:
            kinds: frozenset[str] = frozenset()
            informative = False
            stack: list[cst.CSTNode] = [fn.body]
            while stack:
                node = stack.pop()
                if type(node) is cst.Call:
                    informative = True
                    kinds |= _check_kinds(_call_name(node))
                elif type(node) is cst.Comparison:
                    informative = True
                    if any(_compares_with_fixed(node.left, c) for c in node.comparisons):
                        kinds = ALL_KINDS
                if not isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda)) or node is fn:
                    stack.extend(node.children)
            self.ctx.memo[key] = kinds if informative else None
        found: frozenset[str] | None = self.ctx.memo[key]
        return found

    def _tainted_names(self, expr: cst.CSTNode, env: Env) -> list[str]:
        return [n for n in _names_in(expr) if env.values.get(n)]

    def _raise(self, exc: cst.BaseExpression, env: Env) -> None:
        value = self.eval(exc, env)
        if not isinstance(exc, cst.Call):
            return
        name = self.ctx.qualname(exc.func) or dotted(exc.func) or ""
        for sink in self.models.sinks:
            if sink.how == "raise" and sink.kind in self.sink_kinds and _matches(name, sink.patterns):
                self._check(sink, exc, f"message of {name}", value)

    def _assign(self, target: cst.BaseExpression, value: Taint, env: Env, source: cst.CSTNode | None) -> None:
        if type(target) is cst.Name:
            name = target.value
            for marker in self.name_sources:  # naming a value like insider data marks it, unless it is masked
                if marker.matches(name) and source is not None and not _masking(source):
                    value = union(value, self._label(marker, target, name))
            env.values[name] = with_step(value, target, f"assigned to {name}") if value else CLEAN
            constant = self.fold(source, env) if isinstance(source, cst.BaseExpression) else UNKNOWN
            if isinstance(source, (cst.List, cst.Dict, cst.Set)):
                constant = UNKNOWN  # a mutable container: conditions = [] is not empty for good
            if type(source) is cst.Call and type(source.func) is cst.Name and source.func.value in self.classes:
                self.instances[name] = source.func.value  # manager = Store(): manager.find() is Store.find
            else:
                self.instances.pop(name, None)
            if constant is UNKNOWN:
                env.consts.pop(name, None)
            else:
                env.consts[name] = constant
            for prefix in [k for k in env.values if k.startswith(name + ".") or k.startswith(name + "[")]:
                del env.values[prefix]
            if type(source) is cst.Dict:
                for entry in source.elements:
                    if type(entry) is cst.DictElement and is_constant(entry.key):
                        env.values[f"{name}[{constant_value(entry.key)!r}]"] = self.eval(entry.value, env)
        elif isinstance(target, (cst.Tuple, cst.List)):
            for element in target.elements:
                self._assign(element.value, value, env, None)
        elif type(target) is cst.Attribute:
            self._assign_sinks(target, target, value, item=False)
            key = self._key(target)
            if key is not None:
                env.values[key] = with_step(value, target, f"assigned to {key}") if value else CLEAN
                if key.startswith("self.") and self.current_class and value and self._summary_mode == 0:
                    attrs = self.class_attrs.setdefault(self.current_class, {})
                    attrs[key] = union(attrs.get(key, CLEAN), value)
        elif type(target) is cst.Subscript:
            self._assign_sinks(target.value, target, value, item=True)
            base = self._key(target.value)
            index = _constant_index(target)
            if base is not None:
                if index is not UNKNOWN:
                    env.values[f"{base}[{index!r}]"] = value
                env.values[base] = union(env.values.get(base, CLEAN), value)
        elif type(target) is cst.StarredElement:
            self._assign(target.value, value, env, None)

    def _assign_sinks(self, named: cst.BaseExpression, target: cst.CSTNode, value: Taint, *, item: bool) -> None:
        """Assignments that are sinks: response.headers["X"] = value, resp.text = value."""
        if not value or not self.assign_sinks:
            return
        text = dotted(named)
        if text is None:
            return
        key = _constant_index(target) if type(target) is cst.Subscript else UNKNOWN
        for sink in self.assign_sinks:
            if sink.items_only and not item:
                continue
            if sink.keys and not (isinstance(key, str) and key.lower() in sink.keys):
                continue
            if _matches(text, sink.patterns) and self._applies(sink) and not self._exempt(sink):
                self._check(sink, target, f"assigned to {text}", value)

    def _key(self, expr: cst.BaseExpression) -> str | None:
        if type(expr) is cst.Name:
            return expr.value
        if type(expr) is cst.Attribute:
            base = self._key(expr.value)
            return f"{base}.{expr.attr.value}" if base is not None else None
        return None

    # --- expressions -----------------------------------------------------------------------------------
    def eval(self, expr: cst.BaseExpression, env: Env) -> Taint:
        if type(expr) is cst.Name:
            return self._name(expr, env)
        if type(expr) is cst.Attribute:
            return self._attribute(expr, env)
        if type(expr) is cst.Call:
            return self._call(expr, env)
        if type(expr) is cst.Subscript:
            if _namespace(expr.value) and "reflection" in self.sink_kinds:
                for element in expr.slice:
                    if type(element.slice) is cst.Index:
                        self._check(NAMESPACE_LOOKUP, expr, "a namespace lookup", self.eval(element.slice.value, env))
            base = self.eval(expr.value, env)
            key = self._key(expr.value)
            index = _constant_index(expr)
            if key is not None and index is not UNKNOWN and f"{key}[{index!r}]" in env.values:
                return env.values[f"{key}[{index!r}]"]
            for element in expr.slice:
                if type(element.slice) is cst.Index:
                    self.eval(element.slice.value, env)
            return masked(base, expr)
        if type(expr) is cst.BinaryOperation:
            left = self.eval(expr.left, env)
            template = self.fold(expr.left, env)
            if isinstance(template, str) and type(expr.operator) is cst.Add:
                return union(left, self._placed(expr, [(template, self.eval(expr.right, env))]))
            if isinstance(template, str) and type(expr.operator) is cst.Modulo:
                right = expr.right
                if type(right) is cst.Tuple:
                    taint_of = {id(e.value): self.eval(e.value, env) for e in right.elements}
                else:  # one value, or a dict of them: its taint stands for each
                    whole = self.eval(right, env)
                    taint_of = {id(right): whole}
                    if type(right) is cst.Dict:
                        taint_of.update((id(e.value), whole) for e in right.elements)
                _, slots = percent_slots(template, right, marker="\0")
                return union(left, self._placed(expr, [(before, taint_of.get(id(v), CLEAN)) for before, v in slots]))
            return union(left, self.eval(expr.right, env))
        if type(expr) is cst.BooleanOperation:
            return union(self.eval(expr.left, env), self.eval(expr.right, env))
        if type(expr) is cst.Comparison:
            self.eval(expr.left, env)
            for comparison in expr.comparisons:
                self.eval(comparison.comparator, env)
            return CLEAN  # a boolean
        if type(expr) is cst.UnaryOperation:
            inner = self.eval(expr.expression, env)
            return CLEAN if type(expr.operator) is cst.Not else inner
        if type(expr) is cst.FormattedString:
            head = expr.parts[0] if expr.parts else None
            literal = CLEAN
            if type(head) is cst.FormattedStringText and self.literal_sources:
                literal = self._literal_text(head.value, expr)
            pieces, text = [], ""
            for part in expr.parts:
                if type(part) is cst.FormattedStringText:
                    text += part.value
                elif type(part) is cst.FormattedStringExpression:
                    pieces.append(self._placed(expr, [(text, self.eval(part.expression, env))]))
                    text += "\0"  # a value: the text after it does not start an argument on its own
            return union(literal, *pieces)
        if type(expr) is cst.ConcatenatedString:
            return union(self.eval(expr.left, env), self.eval(expr.right, env))
        if type(expr) is cst.IfExp:
            truth = self.fold(expr.test, env)
            if truth is not UNKNOWN:
                return self.eval(expr.body if truth else expr.orelse, env)
            return union(self.eval(expr.body, env), self.eval(expr.orelse, env))
        if isinstance(expr, (cst.List, cst.Tuple)):
            return union(*self._elements(expr, env))
        if type(expr) is cst.Set:
            return union(*(self.eval(e.value, env) for e in expr.elements))
        if type(expr) is cst.Dict:
            parts = []
            for item in expr.elements:
                if type(item) is cst.DictElement:
                    parts += [self.eval(item.key, env), self.eval(item.value, env)]
                else:
                    parts.append(self.eval(item.value, env))
            return union(*parts)
        if isinstance(expr, (cst.ListComp, cst.SetComp, cst.GeneratorExp, cst.DictComp)):
            scope = env.copy()
            comp: cst.CompFor | None = expr.for_in
            while comp is not None:
                self._assign(comp.target, self.eval(comp.iter, scope), scope, None)
                comp = comp.inner_for_in
            if isinstance(expr, cst.DictComp):
                return union(self.eval(expr.key, scope), self.eval(expr.value, scope))
            return self.eval(expr.elt, scope)
        if type(expr) is cst.Await:
            return self.eval(expr.expression, env)
        if type(expr) is cst.NamedExpr:
            value = self.eval(expr.value, env)
            self._assign(expr.target, value, env, expr.value)
            return value
        if isinstance(expr, (cst.StarredElement,)):
            return self.eval(expr.value, env)
        if isinstance(expr, (cst.SimpleString, cst.ConcatenatedString)) and self.literal_sources:
            return self._literal(expr)
        return CLEAN

    def _literal(self, expr: cst.BaseExpression) -> Taint:
        text = constant_value(expr)
        return self._literal_text(text, expr) if isinstance(text, str) else CLEAN

    def _literal_text(self, text: str, expr: cst.CSTNode) -> Taint:
        taint: Taint = CLEAN
        for source, patterns in self.literal_sources:
            if any(p.search(text) for p in patterns):
                taint = union(
                    taint, self._label(source, expr, repr(text) if len(text) < 60 else repr(text[:57] + "..."))
                )
        return taint

    def _name(self, expr: cst.Name, env: Env) -> Taint:
        name = expr.value
        if name in env.values:
            return env.values[name]
        if name in self.module_env.values:
            return self.module_env.values[name]
        taint: Taint = CLEAN
        qualified = self.ctx.qualname(expr)
        if qualified is not None:
            taint = self._object_source(qualified, expr, None)
        for source in self.name_sources:
            if source.matches(name):
                taint = union(taint, self._label(source, expr, name))
        return taint

    def _self_source(self, expr: cst.Attribute) -> Taint:
        """`self.path` in a subclass of a class whose attributes carry request data."""
        if not (type(expr.value) is cst.Name and expr.value.value == "self" and self.current_class):
            return CLEAN
        bases = self.bases.get(self.current_class, [])
        for source in self.models.sources:
            if (
                source.how == "self-attributes"
                and expr.attr.value in source.patterns
                and any(_matches(base, source.subclass_of) for base in bases)
            ):
                return self._label(source, expr, f"self.{expr.attr.value}")
        return CLEAN

    def _attribute(self, expr: cst.Attribute, env: Env) -> Taint:
        found_self = self._self_source(expr)
        if found_self:
            return found_self
        key = self._key(expr)
        if key is not None:
            if key in env.values:
                return env.values[key]
            if key.startswith("self.") and self.current_class:
                attrs = self.class_attrs.get(self.current_class, {})
                if key in attrs:
                    return attrs[key]
        qualified = self.ctx.qualname(expr)
        if qualified is not None:
            found = self._object_source(qualified, expr, expr.attr.value)
            if found or any(
                qualified == s.patterns[0] or qualified.startswith(p + ".")
                for s in self.object_sources
                for p in s.patterns
            ):
                return found
        base = self.eval(expr.value, env)
        if base and _is_direct(expr, base):
            for label in base:
                source = self._source_of(label)
                if source is None:
                    continue
                if expr.attr.value in source.excluded:
                    return CLEAN
                kinds = source.clears_for(expr.attr.value)
                if kinds:
                    base = cleared(base, kinds)
        for source in self.name_sources:
            if source.matches(expr.attr.value):
                base = union(base, self._label(source, expr, expr.attr.value))
        return base

    def _source_of(self, label: Label) -> Source | None:
        for source in self.models.sources:
            if source.label == label.origin or label.origin in source.patterns:
                return source
        return None

    def _object_source(self, qualified: str, node: cst.CSTNode, attr: str | None) -> Taint:
        for source in self.object_sources:
            for pattern in source.patterns:
                if qualified == pattern:
                    return self._label(source, node, qualified)
                if qualified.startswith(pattern + "."):
                    first = qualified[len(pattern) + 1 :].split(".")[0]
                    if first in source.excluded:
                        return CLEAN
                    return cleared(self._label(source, node, qualified), source.clears_for(first))
        return CLEAN

    def _label(self, source: Source, node: cst.CSTNode, what: str) -> Taint:
        origin = source.label or source.patterns[0]
        return frozenset({Label(source.kind, origin, ((node, f"source: {what} ({origin})"),))})

    def _call(self, call: cst.Call, env: Env) -> Taint:
        func = call.func
        qualified = self.ctx.qualname(func)
        name = qualified or dotted(func) or ""
        method = func.attr.value if type(func) is cst.Attribute else None
        receiver = self.eval(func.value, env) if type(func) is cst.Attribute else CLEAN
        if type(func) is not cst.Name and type(func) is not cst.Attribute:
            self.called = func  # getattr(obj, name)(), handlers[key](): what picks the callee runs first
            self.eval(func, env)
        args = [(a, self.eval(a.value, env)) for a in call.args]
        if method in _MUTATORS and type(func) is cst.Attribute:  # parts.append(value): parts now holds it
            key = self._key(func.value)
            added = union(*(t for _, t in args))
            if key is not None:
                env.consts.pop(key, None)
            if key is not None and added:
                env.values[key] = union(env.values.get(key, CLEAN), with_step(added, call, f"added to {key}"))
        for sink in self.sink_calls.get(name, ()):
            self._sink_call(sink, call, args, receiver, name, env)
        namespace_get = method in ("get", "pop") and type(func) is cst.Attribute and _namespace(func.value)
        if namespace_get and args and "reflection" in self.sink_kinds:  # globals().get(name)
            self._check(NAMESPACE_LOOKUP, call, "a namespace lookup", args[0][1])
        owner = dotted(func.value) if type(func) is cst.Attribute else None
        if method is not None and owner not in ("self", "cls"):  # a class's own methods are not library sinks
            for sink in self.sink_methods.get(method, ()):
                if sink.receiver_names and not (owner and _matches(owner, sink.receiver_names)):
                    continue
                self._sink_call(sink, call, args, receiver, f"{owner or '...'}.{method}()", env)
        for patterns, kinds in self.sanitizer_calls:
            if name in patterns or (method is not None and f".{method}" in patterns):
                inner = union(receiver, *(t for _, t in args))
                where = frozenset(label for label in inner if label.kind in self.location_kinds)  # open(tmp)
                return union(where, CLEAN if kinds == ALL_KINDS else cleared(inner - where, kinds))
        result: Taint = CLEAN
        for source in self.call_sources:
            if source.matches(name):
                result = union(result, self._label(source, call, f"{name}()"))
        local = self._local_function(func)
        if local is not None:
            fn, cls, skip_self = local
            if fn.returns is not None:  # a function annotated to return a marked type
                for source in self.annotation_sources:
                    if self._annotated(fn.returns.annotation, source):
                        result = union(result, self._label(source, call, f"{fn.name.value}()"))
            decorators = [_decorator_name(d, self.ctx) for d in fn.decorators]
            for source in self.models.sources:  # a function decorated as producing marked values
                if (
                    source.how == "returns-of-decorated"
                    and self._applies(source)
                    and any(source.matches(d) or source.matches(d.rsplit(".", 1)[-1]) for d in decorators)
                ):
                    result = union(result, self._label(source, call, f"{fn.name.value}()"))
            return union(result, self._apply_summary(fn, cls, skip_self, call, args))
        if qualified is not None:
            result = union(result, self._object_source(qualified, call, None))
        if method in _LOOKUPS:  # d.get(key, default): a value of the container, not the key
            propagated = union(receiver, *(t for _, t in args[1:]))
        elif (
            method == "format"
            and type(func) is cst.Attribute
            and isinstance(template := constant_value(func.value), str)
        ):
            taint_of = {id(a.value): t for a, t in args}
            found = format_slots(template, call, marker="\0")
            if found is None:  # a template str.format() cannot parse: the values are not placed
                propagated = union(*taint_of.values())
            else:
                propagated = self._placed(call, [(before, taint_of[id(v)]) for before, v in found[1]])
        elif method is not None and method not in _TRANSPARENT and qualified is None:
            # a method of an object we know nothing about: its result is not the object's data
            # (reporter.get_traceback_html() is not request data because the reporter holds a request)
            propagated = union(*(t for _, t in args))
        else:
            # request.get_host(): what the model says of the attribute (excluded, cleared) holds for the call
            data = self._attribute(func, env) if type(func) is cst.Attribute and receiver else receiver
            propagated = union(data, *(t for _, t in args))
        return union(result, with_step(propagated, call, f"through {name or 'a call'}()") if propagated else CLEAN)

    def _placed(self, node: cst.CSTNode, slots: list[tuple[str, Taint]], host: bool = True) -> Taint:
        """Values placed into a string template, each after its constant text: inside an argument that a
        constant starts a value cannot become an option; as the host of a URL it decides where the URL
        points (reported here, once). `host=False` when the values cannot be matched to their places."""
        out = []
        for before, taint in slots:
            if not taint:
                continue
            if _inside_argument(before):
                taint = cleared(taint, _ARGUMENT)
            if host and "url-host" in self.sink_kinds and _IN_HOST.search(before):
                self._check(HOST_SINK, node, "URL host", taint)
                taint = cleared(taint, _HOST)
            out.append(taint)
        return union(*out)

    def _local_function(self, func: cst.BaseExpression) -> tuple[cst.FunctionDef, str | None, bool] | None:
        if type(func) is cst.Name:
            if self.ctx.lookup(func.value) is not None:
                return None
            if func.value in self.functions:
                return self.functions[func.value], None, False
            if func.value in self.classes and "__init__" in self.classes[func.value]:
                return self.classes[func.value]["__init__"], func.value, True
        if (
            type(func) is cst.Attribute
            and type(func.value) is cst.Name
            and func.value.value == "self"
            and self.current_class
        ):
            method = self.classes.get(self.current_class, {}).get(func.attr.value)
            if method is not None:
                return method, self.current_class, True
        if type(func) is cst.Attribute and type(func.value) is cst.Name and func.value.value in self.instances:
            cls = self.instances[func.value.value]
            method = self.classes[cls].get(func.attr.value)
            if method is not None:
                return method, cls, True
        return None

    def _apply_summary(
        self, fn: cst.FunctionDef, cls: str | None, skip_self: bool, call: cst.Call, args: list[tuple[cst.Arg, Taint]]
    ) -> Taint:
        summary = self.summary(fn, cls)
        params = self._params(fn)
        if skip_self and params and params[0].name.value in ("self", "cls"):
            params = params[1:]
            offset = 1
        else:
            offset = 0
        by_index: dict[int, Taint] = {}
        positional = [t for a, t in args if a.keyword is None and not a.star]
        for i, taint in enumerate(positional):
            if i < len(params):
                by_index[i + offset] = taint
        names = {p.name.value: i + offset for i, p in enumerate(params)}
        for a, taint in args:
            if a.keyword is not None and a.keyword.value in names:
                by_index[names[a.keyword.value]] = taint

        def instantiate(returned: Taint) -> Taint:
            """What the callee returns, with its parameters replaced by what this call passes."""
            out = frozenset(label for label in returned if label.param < 0)
            for label in returned:
                if label.param >= 0 and by_index.get(label.param):
                    actual = with_step(by_index[label.param], call, f"passed to {fn.name.value}()")
                    out = union(out, cleared(actual, label.cleared))
            return out

        result = instantiate(summary.returns)
        if summary.items is not None:
            self.call_items[id(call)] = tuple(instantiate(item) for item in summary.items)
        for index, sink, node, label, sink_name in summary.param_sinks:
            actual = by_index.get(index, CLEAN)
            for real in actual:
                if real.param >= 0 and self._summary_mode == 0:
                    continue
                merged = replace(
                    real,
                    steps=(*real.steps, (call, f"passed to {fn.name.value}()"), *label.steps[1:]),
                    cleared=real.cleared | label.cleared,
                )
                if not merged.clears(sink.kind):
                    self._report(sink, node, merged, sink_name)
        return result

    # --- sinks -------------------------------------------------------------------------------------------
    def _sink_call(
        self, sink: Sink, call: cst.Call, args: list[tuple[cst.Arg, Taint]], receiver: Taint, name: str, env: Env
    ) -> None:
        wanted = sink.kind in self.sink_kinds or (sink.kind == "process" and "shell" in self.sink_kinds)
        if not wanted or not self._applies(sink) or self._exempt(sink):
            return
        if sink.only_called and self.called is not call:
            return
        if sink.when_keyword:
            value = next(
                (a.value for a, _ in args if a.keyword is not None and a.keyword.value == sink.when_keyword), None
            )
            holds = value is not None and constant_value(value) == sink.when_value
            if holds == sink.when_negated:
                return
        if sink.kind == "process":
            command = self._shell_command(args, env)
            if command is not None:  # ["bash", "-c", cmd]: cmd is a shell command line after all
                if "shell" in self.sink_kinds:
                    self._check(SHELL_ARGV, call, f"{name} (a shell's -c)", self.eval(command, env))
                args = [(a, self._without(a.value, command, env, t)) for a, t in args]
            if sink.kind not in self.sink_kinds:
                return
        if sink.host_args and self._to_allowed_host(sink, args, env):
            return
        if sink.into_kind and not any(label.kind == sink.into_kind for label in self._into(sink, args, receiver)):
            return
        tainted: list[Taint] = []
        if sink.receiver:
            tainted.append(receiver)
        if sink.literal_ok:  # a literal built in code is no query text, but what it holds under literal_keys is
            literals = (cst.Dict, cst.List, cst.Tuple)
            args = [
                (a, self._under_keys(a.value, sink.literal_keys, env) if isinstance(a.value, literals) else t)
                for a, t in args
            ]
        positional = [(a, t) for a, t in args if a.keyword is None and not a.star]
        for position, (_, taint) in enumerate(positional):
            if sink.all_positions or position in sink.positions:
                tainted.append(taint)
        for a, taint in args:
            if a.keyword is not None and a.keyword.value in sink.keywords:
                tainted.append(taint)
            if a.star == "**" and sink.mapping:
                tainted.append(taint)
            if sink.how == "method":
                continue  # on a receiver of unknown type, *args/**kwargs are too speculative
            if a.star == "*" and (sink.all_positions or any(p >= len(positional) for p in sink.positions)):
                tainted.append(taint)  # *args may fill a position the sink cares about (**kwargs: too speculative)
        for taint in tainted:
            for label in taint:
                if not label.clears(sink.kind):
                    self._report(sink, call, label, name)

    def _into(self, sink: Sink, args: list[tuple[cst.Arg, Taint]], receiver: Taint) -> Taint:
        """Where a sink writes to: the receiver, or the destination arguments (json.dump(obj, fp))."""
        if not sink.into_args:
            return receiver
        positional = [t for a, t in args if a.keyword is None and not a.star]
        found = [positional[i] for i in sink.into_args if isinstance(i, int) and i < len(positional)]
        found += [t for a, t in args if a.keyword is not None and a.keyword.value in sink.into_args]
        return union(*found)

    def _to_allowed_host(self, sink: Sink, args: list[tuple[cst.Arg, Taint]], env: Env) -> bool:
        positional = [a.value for a, _ in args if a.keyword is None and not a.star]
        for where in sink.host_args:
            if isinstance(where, int):
                url = positional[where] if where < len(positional) else None
            else:
                url = next((a.value for a, _ in args if a.keyword is not None and a.keyword.value == where), None)
            value = self.fold(url, env) if url is not None else UNKNOWN
            if isinstance(value, str):
                return allowed_url(value, self.options)
        return False

    def _shell_command(self, args: list[tuple[cst.Arg, Taint]], env: Env) -> cst.BaseExpression | None:
        """The command a shell started as a program runs: what follows "-c" after sh/bash/cmd/powershell,
        in the arguments themselves (os.spawnl) or in an argument list (subprocess.run, os.execv)."""
        positional = [a.value for a, _ in args if a.keyword is None and not a.star]
        vectors = [positional] + [
            [e.value for e in v.elements] for v in positional if isinstance(v, (cst.List, cst.Tuple))
        ]
        shells = active_knowledge().shells
        for vector in vectors:
            shell = False
            for i, expr in enumerate(vector[:-1]):
                value = self.fold(expr, env)
                if isinstance(value, str):
                    if shell and value in shells.command_flags:
                        return vector[i + 1]
                    shell = shell or shells.is_shell(value)
        return None

    def _without(self, expr: cst.BaseExpression, command: cst.BaseExpression, env: Env, taint: Taint) -> Taint:
        """An argument's taint leaving out the shell command reported on its own."""
        if expr is command:
            return CLEAN
        if isinstance(expr, (cst.List, cst.Tuple)) and any(e.value is command for e in expr.elements):
            return union(*(self.eval(e.value, env) for e in expr.elements if e.value is not command))
        return taint

    def _exempt(self, sink: Sink) -> bool:
        """Inside a function whose decorators the sink is not meant for (e.g. authorised handlers)."""
        patterns = sink.unless_decorated
        if sink.unless_authorized:
            patterns = (*patterns, *active_knowledge().authorization.decorators)
        if not patterns or not self.ctx.functions:
            return False
        names = [_decorator_name(d, self.ctx) for d in self.ctx.functions[-1].decorators]
        return any(_matches(name.rsplit(".", 1)[-1], patterns) or _matches(name, patterns) for name in names)

    def _check(self, sink: Sink, node: cst.CSTNode, what: str, taint: Taint) -> None:
        for label in taint:
            if not label.clears(sink.kind):
                self._report(sink, node, label, what)

    def _report(self, sink: Sink, node: cst.CSTNode, label: Label, name: str) -> None:
        key = (sink.kind, id(node), label.origin if label.param < 0 else f"param{label.param}")
        existing = self.hits.get(key)
        if existing is None or label.rank < existing.label.rank:
            self.hits[key] = Hit(sink.kind, node, label, name)

    # --- constants ---------------------------------------------------------------------------------------
    def fold(self, expr: cst.BaseExpression | None, env: Env) -> Any:
        """The constant value of an expression, or UNKNOWN."""
        if expr is None:
            return UNKNOWN
        if is_constant(expr):
            return constant_value(expr)
        if type(expr) is cst.Name:
            return env.consts.get(expr.value, self.module_env.consts.get(expr.value, UNKNOWN))
        if type(expr) is cst.BinaryOperation and type(expr.operator) in _BINOPS:
            left, right = self.fold(expr.left, env), self.fold(expr.right, env)
            if left is UNKNOWN or right is UNKNOWN:
                return UNKNOWN
            try:
                return _BINOPS[type(expr.operator)](left, right)
            except Exception:
                return UNKNOWN
        if type(expr) is cst.Comparison:
            left = self.fold(expr.left, env)
            for comparison in expr.comparisons:
                right = self.fold(comparison.comparator, env)
                compare = _COMPARE.get(type(comparison.operator))
                if left is UNKNOWN or right is UNKNOWN or compare is None:
                    return UNKNOWN
                try:
                    if not compare(left, right):
                        return False
                except TypeError:
                    return UNKNOWN
                left = right
            return True
        if type(expr) is cst.UnaryOperation:
            inner = self.fold(expr.expression, env)
            if inner is UNKNOWN:
                return UNKNOWN
            if type(expr.operator) is cst.Not:
                return not inner
            if type(expr.operator) is cst.Minus and isinstance(inner, (int, float)):
                return -inner
            return UNKNOWN
        if type(expr) is cst.BooleanOperation:
            left = self.fold(expr.left, env)
            if left is UNKNOWN:
                return UNKNOWN
            if type(expr.operator) is cst.And:
                return self.fold(expr.right, env) if left else left
            return left if left else self.fold(expr.right, env)
        return UNKNOWN

    def _annotated(self, annotation: cst.BaseExpression, source: Source) -> bool:
        for node in _walk(annotation):
            if type(node) is cst.Name and source.matches(node.value):
                return True
            if type(node) is cst.Attribute and source.matches(node.attr.value):
                return True
        return False


def _sink_of(hit: Hit) -> Sink:
    return Sink(how="call", patterns=(hit.sink,), kind=hit.kind)


def _walk(node: cst.CSTNode) -> Iterator[cst.CSTNode]:
    stack = [node]
    while stack:
        current = stack.pop()
        yield current
        stack.extend(children(current))


def _names_in(expr: cst.CSTNode) -> list[str]:
    names = []
    for node in _walk(expr):
        if type(node) is cst.Name:
            names.append(node.value)
    return names


def _namespace(expr: cst.BaseExpression) -> bool:
    """globals(), locals(), vars(x), or x.__globals__ / x.__dict__ / x.__builtins__."""
    if type(expr) is cst.Call and type(expr.func) is cst.Name:
        return expr.func.value in _NAMESPACES
    return type(expr) is cst.Attribute and expr.attr.value in _NAMESPACE_ATTRIBUTES


def _items_of(returned: list[tuple[Taint, ...]] | None) -> tuple[Taint, ...] | None:
    """Element taints over every `return a, b` of a function, when all return tuples of one length."""
    if not returned or len({len(r) for r in returned}) != 1:
        return None
    return tuple(union(*column) for column in zip(*returned, strict=True))


def _compares_with_fixed(left: cst.BaseExpression, comparison: cst.ComparisonTarget) -> bool:
    """x in ALLOWED, x == "admin": the value itself in a collection or equal to a constant. A test of a
    piece of it, such as its extension (name.rsplit(".", 1)[1] in EXTENSIONS), says nothing of the rest, and
    whether "." in x is a requirement or a refusal depends on what the function returns."""
    if is_constant(left):
        return isinstance(comparison.operator, (cst.Equal, cst.NotEqual))
    if type(left) is not cst.Name:
        return False
    if isinstance(comparison.operator, (cst.In, cst.NotIn)):
        return True
    return isinstance(comparison.operator, (cst.Equal, cst.NotEqual)) and is_constant(comparison.comparator)


def _check_kinds(name: str) -> frozenset[str]:
    """Sink kinds a check called `name` protects: containment keeps paths and URLs where they belong; a
    format check keeps content (shell, SQL, HTML...) harmless."""
    name = name.lower()
    kinds: frozenset[str] = frozenset()
    if any(word in name for word in _CONTAINMENT):
        kinds |= CONTAINED_KINDS
    if any(word in name for word in _VALIDATION):
        kinds |= CONTENT_KINDS
    if name.startswith(_CHARACTER_CLASS):  # letters and digits only: no separators, no dots either
        kinds |= CONTAINED_KINDS
    return kinds


def _call_name(call: cst.Call) -> str:
    func = call.func
    if type(func) is cst.Attribute:
        return func.attr.value
    return func.value if type(func) is cst.Name else ""


def _constant_index(expr: cst.Subscript) -> Any:
    if len(expr.slice) == 1 and type(expr.slice[0].slice) is cst.Index:
        value = expr.slice[0].slice.value
        if is_constant(value):
            return constant_value(value)
    return UNKNOWN


def _capture_names(pattern: cst.MatchPattern) -> list[str]:
    return [n.value for n in _walk(pattern) if type(n) is cst.Name and n.value not in ("True", "False", "None")]


def _is_direct(expr: cst.Attribute, base: Taint) -> bool:
    """`request.user`: the attribute is read straight from the source object."""
    return any(len(label.steps) == 1 for label in base)


def _always_exits(block: cst.BaseSuite) -> bool:
    body = list(_body(block))
    if not body:
        return False
    last = body[-1]
    if type(last) is cst.SimpleStatementLine and last.body:
        small = last.body[-1]
        if isinstance(small, (cst.Return, cst.Raise, cst.Continue, cst.Break)):
            return True
        if type(small) is cst.Expr and type(small.value) is cst.Call:
            return _call_name(small.value) in _EXITS
    if isinstance(last, (cst.Return, cst.Raise, cst.Continue, cst.Break)):
        return True
    if type(last) is cst.If and last.orelse is not None and type(last.orelse) is cst.Else:
        return _always_exits(last.body) and _always_exits(last.orelse.body)
    return False
