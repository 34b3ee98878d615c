"""Summaries of the functions and methods the scanned project defines in its other modules.

A call whose callee resolves (through the imports of the calling module) to a function, a class or a method
of another module of the project is applied through that function's summary: which parameters (the
receiver `self` is parameter 0) reach the return value, the attributes a constructor stores, sinks inside
it, which sink kinds it clears (a sanitizer), and which kinds a check function makes safe. Summaries are
worked out lazily, bottom-up: only for callees actually reached from a module being analysed, only when the
call passes a tainted value or the callee (with its module's imports) holds a source's needle, from that
function alone (the module's other definitions are not parsed); the callee's own calls into further modules
are summarised the same way, `MAX_HOPS` modules deep.

A summary holds no node of its module (a finding is reported at the call in the module being checked); the
modules a summary was built from are recorded as dependencies of the checked file (`Project.read`), so the
file's cached result is recomputed when one of them changes. The project's modules are read from disk on
demand, so a scan of a few staged files still sees the summaries of the unchanged modules around them.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from itertools import pairwise
from typing import TYPE_CHECKING, Any, TypeVar

import libcst as cst

from guidelint.engines.libcst.parsing import snippet_tree
from guidelint.engines.libcst.prefilter import found
from guidelint.engines.taint.classfields import declared
from guidelint.engines.taint.exports import exported, portable
from guidelint.engines.taint.fields import form_model
from guidelint.engines.taint.labels import Summary
from guidelint.engines.taint.libraryends import returns_library_call
from guidelint.engines.taint.projectclass import project_class
from guidelint.engines.taint.supplied import Supplied, supplied_by
from guidelint.semantic.outlines import self_assigned
from guidelint.semantic.project import Project
from guidelint.semantic.pytree import parse as parse_ast
from guidelint.semantic.summary import ModuleSummary
from guidelint.sourcelines import kept_python_lines

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis
    from guidelint.engines.taint.models import Models

MAX_HOPS = 2
"""How many modules deep a summary follows calls (one more to a function ending in a library: libraryends.py)."""

MAX_HEADERS = 512  # the modules' header statements kept, for both sets of summaries (`_shared_trees`)
MAX_TREES = 128  # the snippets' trees kept (summarised again for another depth, context or analysis), the same

Callbacks = tuple[tuple[int | str, str], ...]
"""The library functions a call passes (by position or keyword) to a function of another module that may call
them (`with_retry(requests.get, url)`): that function is summarised with those parameters bound to them."""

Context = tuple[str, ...]
"""The library bases of the class whose instance a method of another module runs on (`self` of a view
calling a mixin's method): they say what `self`'s attributes hold there."""

Key = tuple[str, int, Context, bool, Callbacks]
"""A summary's key: the callee, its depth, what self is there, whether reached by a call on self, callbacks."""

MAX_BASES = 5
"""How many classes up a class's declared fields are looked for among its bases."""


_YIELD = re.compile(r"\byield\b")
K = TypeVar("K")  # what a fact kept with the files read for it holds


@dataclass(frozen=True)
class Callee:
    """A function, constructor or method of another module, as a call site sees it."""

    qualified: str
    summary: Summary
    method: bool  # called on an instance or the class: the first parameter is the receiver
    constructor: bool


class ProjectFunctions:
    """The summaries of the project's functions in modules other than the one being checked (one per
    process, shared by the files it checks). Everything is kept per depth (how many modules away from the
    checked file): a summary is the same whichever file reached it first."""

    def __init__(
        self,
        project: Project,
        models: Models,
        sink_kinds: set[str],
        options: dict[str, dict[str, Any]],
        markup_sources: frozenset[str] = frozenset(),
    ) -> None:
        self.project = project
        self.models = models
        self.sink_kinds = sink_kinds
        self.markup_sources = markup_sources
        self.options = options
        self.needles = tuple(models.needles)
        self._summaries: dict[Key, tuple[Callee | None, dict[str, str]]] = {}
        self._deps: list[dict[str, str]] = []  # files read for each summary being computed
        self._active: set[Key] = set()  # being computed (self.a() calling self.b())
        # (module, function, method) -> whether no source's needle is in that function or its module's header:
        # a pure function of the module's text, asked again at every call that passes nothing tainted
        self._needle_free: dict[tuple[str, str, str | None], bool] = {}
        self._ends: dict[str, tuple[bool, dict[str, str]]] = {}  # function -> returns a library call only, files read
        self.read_generators = False  # the facts' summaries: a generator given nothing is read for its constants
        self._supplied: dict[str, tuple[Supplied | None, dict[str, str]]] = {}  # decorators, files read
        # fields of other modules' classes, with the files read for them
        self._declared: dict[str, tuple[dict[str, cst.BaseExpression], dict[str, str]]] = {}
        self._validated: dict[str, tuple[dict[str, frozenset[str]], dict[str, str]]] = {}  # fields, files read
        self._assigned: dict[str, frozenset[str]] = {}  # class -> the self attributes its methods set
        # the header statements of the modules summarised last, by their lines (_snippet_tree), and the trees
        # of the snippets parsed last, by their text (`_tree`): shared with the project's other summaries
        self._headers, self._trees = _shared_trees(project)

    def callee(
        self,
        qualified: str,
        tainted: bool,
        depth: int,
        context: Context = (),
        stepped: bool = False,
        callbacks: Callbacks = (),
    ) -> Callee | None:
        """The summary of what `qualified` (absolute) names in another module of the project, for a call
        made `depth - 1` modules away from the checked file (`callbacks`: the library functions it is given);
        None when it is not the project's, too far, or not worth reading (nothing tainted is passed to it and
        it holds no source's needle)."""
        last = depth == MAX_HOPS + 1 and not context and self.project.defines(qualified)  # libraryends.py
        ends = last and self._kept(self._ends, qualified, False, lambda: returns_library_call(self.project, qualified))
        if (depth > MAX_HOPS and not ends) or not self.project.defines(qualified):
            return None
        key = (qualified, depth, context, stepped, callbacks)
        known = self._summaries.get(key)
        if known is None:
            if key in self._active:
                return None  # a method calling itself through self: what it does is being worked out
            self._deps.append({})
            self._active.add(key)
            try:
                callee = self._resolve(qualified, tainted, depth, context, stepped, callbacks)
            finally:
                deps = self._deps.pop()
                self._active.discard(key)
            if callee is None and not tainted:
                self._record(deps)
                return None  # perhaps worth reading when a tainted value is passed: not kept
            known = self._summaries[key] = (callee, deps)
        self._record(known[1])
        return known[0]

    def declared(self, qualified: str, depth: int = 0) -> dict[str, cst.BaseExpression]:
        """The fields a class of another module of the project declares (`email = EmailField()`), with those
        of its bases there: a form or serializer made here whose validated data is read here. The modules
        read for them are kept with them: dependencies of every file that asks (not only the first)."""
        # (a class deriving from itself through an alias: nothing more)
        return self._kept(self._declared, qualified, {}, lambda: self._declare(qualified, depth))

    def _declare(self, qualified: str, depth: int) -> dict[str, cst.BaseExpression]:
        module, _, name = qualified.rpartition(".")
        outline = self.project.summary(module) if module and self.project.defines(qualified) else None
        source = self.project.module_text(module) if outline is not None and name in outline.spans else None
        if outline is None or source is None or depth > MAX_BASES:
            if outline is not None and name in outline.imports and name not in outline.spans:
                return self.declared(outline.imports[name], depth + 1)  # re-exported
            return {}
        node = project_class(self.project, qualified)
        fields: dict[str, cst.BaseExpression] = {}
        for base in reversed(outline.classes.get(name, ())):  # the nearest base last: it wins
            fields.update(self.declared(base, depth + 1))
        model = form_model(node) if node is not None else None
        if type(model) is cst.Name:  # a ModelForm of that module: its model's fields, then its own
            fields.update(self.declared(outline.imports.get(model.value, f"{module}.{model.value}"), depth + 1))
        fields.update(declared(node) if node is not None else {})
        return fields

    def supplied(self, qualified: str, depth: int = 0) -> Supplied | None:
        """What a decorator function of another module of the project hands the views it wraps (supplied.py),
        kept with the files read for it."""
        # (re-exported under its own name: nothing)
        return self._kept(self._supplied, qualified, None, lambda: self._supply(qualified, depth))

    def _kept(self, cache: dict[str, tuple[K, dict[str, str]]], key: str, meanwhile: K, work: Callable[[], K]) -> K:
        """A fact of another module worked out once, with the files read for it, which become dependencies of
        every file that asks; `meanwhile` is the answer while it is being worked out (a cycle)."""
        known = cache.get(key)
        if known is None:
            cache[key] = (meanwhile, {})
            saved, self.project.read = self.project.read, {}
            try:
                value = work()
            finally:
                deps, self.project.read = self.project.read, saved
            known = cache[key] = (value, deps)
        self._record(known[1])
        return known[0]

    def _supply(self, qualified: str, depth: int) -> Supplied | None:
        module, _, name = qualified.rpartition(".")
        outline = self.project.summary(module) if module and self.project.defines(qualified) else None
        if outline is None or depth > MAX_BASES or name in outline.methods:
            return None
        if name not in outline.spans:
            target = outline.imports.get(name)  # a package re-exporting it
            return self.supplied(target, depth + 1) if target and target != qualified else None
        analysis = self._analysis(module, outline, name, None, True, 1)
        fn = analysis.functions.get(name) if analysis is not None else None
        found = supplied_by(analysis, fn) if analysis is not None and fn is not None else None
        return {key: portable(taint) for key, taint in found.items()} if found else None

    def table_entry(self, qualified: str, key: str, depth: int = 0) -> str | None:
        """The qualified name of the function a dispatch table of another module holds under a constant key
        (`HANDLERS["csv"]`), or None."""
        module, _, name = qualified.rpartition(".")
        outline = self.project.summary(module) if module and self.project.defines(qualified) else None
        if outline is None or depth > MAX_BASES:
            return None
        if name not in outline.tables:
            target = outline.imports.get(name)  # re-exported
            return self.table_entry(target, key, depth + 1) if target and target != qualified else None
        entry = outline.tables[name].get(key)
        if entry is None:
            return None
        return outline.imports.get(entry, f"{module}.{entry}")

    def _located(self, qualified: str, depth: int) -> tuple[str, ModuleSummary, str] | str | None:
        """Where the project defines the class `qualified`: (module, its outline, the class's name), the name
        a package it is imported from re-exports (a str), or None when it is none of the project's."""
        if depth > MAX_BASES or not self.project.defines(qualified):
            return None
        module, _, cls = qualified.rpartition(".")
        outline = self.project.summary(module) if module else None
        if outline is None:
            return None
        if cls not in outline.spans:
            target = outline.imports.get(cls)
            return target if target and target != qualified else None
        return module, outline, cls

    def assigns(self, qualified: str, name: str, depth: int = 0) -> bool:
        """Whether the methods of the class `qualified` (of the project) or of its bases there set `self.name`."""
        found = self._located(qualified, depth)
        if not isinstance(found, tuple):
            return found is not None and self.assigns(found, name, depth + 1)
        module, outline, cls = found
        if name in self._assigned_in(module, outline, cls):
            return True
        return any(self.assigns(base, name, depth + 1) for base in outline.classes.get(cls, ()))

    def _assigned_in(self, module: str, outline: ModuleSummary, cls: str) -> frozenset[str]:
        """The attributes the methods of a class of another module set on `self` (outlines.self_assigned),
        worked out when first asked (few classes are: walking every method of every module outlined cost
        more than the rest of the outline)."""
        key = f"{module}.{cls}"
        known = self._assigned.get(key)
        if known is None:
            source = self.project.module_text(module)
            first, last = outline.spans[cls]
            snippet = "".join(kept_python_lines(source[1])[first - 1 : last]) if source else ""
            tree = parse_ast(snippet) if snippet else None
            node = tree.body[0] if tree is not None and tree.body else None
            # a class that cannot be read sets nothing known: its attributes stay what the receiver holds
            known = self._assigned[key] = self_assigned(node) if isinstance(node, ast.ClassDef) else frozenset()
        return known

    def method_names(self, qualified: str, depth: int = 0) -> list[str]:
        """The methods the class `qualified` (of the project) defines, with those of its bases there."""
        found = self._located(qualified, depth)
        if not isinstance(found, tuple):
            return self.method_names(found, depth + 1) if found is not None else []
        _, outline, cls = found
        names = set(outline.methods.get(cls, {}))
        for base in outline.classes.get(cls, ()):
            names.update(self.method_names(base, depth + 1))
        return sorted(names)

    def is_property(self, qualified: str, name: str, depth: int = 0) -> bool:
        """Whether `name` of the class `qualified` (of the project) is a @property getter, defined there or
        in its nearest base that defines it: read as an attribute, it runs."""
        found = self._located(qualified, depth)
        if not isinstance(found, tuple):
            return found is not None and self.is_property(found, name, depth + 1)
        _, outline, cls = found
        if name in outline.properties.get(cls, ()):
            return True
        if name in outline.methods.get(cls, {}):
            return False
        return any(self.is_property(base, name, depth + 1) for base in outline.classes.get(cls, ()))

    def _record(self, deps: dict[str, str]) -> None:
        self.project.read.update(deps)
        for outer in self._deps:
            outer.update(deps)

    def _resolve(
        self,
        qualified: str,
        tainted: bool,
        depth: int,
        context: Context = (),
        stepped: bool = False,
        callbacks: Callbacks = (),
    ) -> Callee | None:
        parts = qualified.split(".")
        for cut in range(len(parts) - 1, 0, -1):
            module, rest = ".".join(parts[:cut]), parts[cut:]
            outline = self.project.summary(module)  # with `ast`: where each definition is
            if outline is None:
                continue
            if len(rest) == 3 and rest[1] in outline.factories.get(rest[0], ()):
                # Service.default().list_for(x): a class method that returns cls(...) made the instance
                return self.callee(f"{module}.{rest[0]}.{rest[2]}", tainted, depth, context, stepped)
            if len(rest) == 3 and (made := outline.instances.get(rest[0], {}).get(rest[1])):
                # Report.objects.for_desk(x) of `objects = ReportManager()` in Report's body: that class's method
                for maker in made:
                    found = self.callee(f"{outline.imports.get(maker, f'{module}.{maker}')}.{rest[2]}", tainted, depth)
                    if found is not None:
                        return found
                return None
            if len(rest) > 2:
                return None
            if len(rest) == 1 and rest[0] in outline.partials and rest[0] not in outline.spans:
                # find_open = functools.partial(find, status="open"): the function, its keywords given in advance
                bound = outline.partials[rest[0]]
                local = "." not in bound
                return self.callee(f"{module}.{bound}" if local else bound, tainted, depth if local else depth + 1)
            made = outline.stands_for.get(rest[0], ())
            if len(rest) == 2 and len(made) == 1 and made[0].endswith("()") and rest[0] not in outline.spans:
                # DB = Store(path) at the top of a module: DB.query(sql) runs Store.query on that instance
                return self.callee(f"{made[0][:-2]}.{rest[1]}", tainted, depth, context, stepped)
            if rest[0] in outline.imports and rest[0] not in outline.spans:
                # a name the module imports (a package re-exporting a helper): where it comes from, at the
                # same depth (no code of the re-exporting module runs; a cycle of re-exports is `_active`)
                target = ".".join([outline.imports[rest[0]], *rest[1:]])
                return None if target == qualified else self.callee(target, tainted, depth, callbacks=callbacks)
            methods = outline.methods.get(rest[0])
            method = rest[1] if len(rest) == 2 else "__init__" if methods is not None else None
            if rest[0] not in outline.spans:
                return None
            if method is not None and method not in (methods or {}):
                bases = outline.classes.get(rest[0], ())
                if len(rest) == 1:  # a constructor of the bases: followed when none of them is a library's
                    inherited = self._inherited(bases, method, tainted, depth) if self._own_bases(bases) else None
                    return replace(inherited, qualified=qualified, constructor=True) if inherited else None
                return self._inherited(bases, method, tainted, depth, context, stepped)
            analysis = self._analysis(module, outline, rest[0], method, tainted, depth, context)
            if analysis is not None:
                analysis.stepped = stepped
                analysis.callbacks = (method or rest[0], callbacks) if callbacks else None
            if analysis is None:
                return None
            if method is None:
                fn = analysis.functions.get(rest[0])
                summary = analysis.calls.summary(fn, None) if fn is not None else None
            else:
                fn = analysis.classes.get(rest[0], {}).get(method)
                summary = analysis.calls.summary(fn, rest[0]) if fn is not None else None
            if fn is None or summary is None:
                return None
            constructor = method is not None and len(rest) == 1
            return Callee(qualified, exported(summary, analysis, fn), method is not None, constructor)
        return None

    def own_hierarchy(self, qualified: str) -> bool:
        """Whether the class `qualified` of the project derives from no library class (up its hierarchy)."""
        found = self._located(qualified, 0)
        return isinstance(found, tuple) and self._own_bases(found[1].classes.get(found[2], ()), 1)

    def validated_fields(self, qualified: str) -> dict[str, frozenset[str]]:
        """What the validators of a model class of another module of the project make each field harmless to
        (`@field_validator("desk")` raising unless it matches: fields.validated), kept with the files read."""
        return self._kept(self._validated, qualified, {}, lambda: self._validate(qualified, 0))

    def _validate(self, qualified: str, depth: int) -> dict[str, frozenset[str]]:
        from guidelint.engines.taint.fields import validated

        found = self._located(qualified, depth)
        if not isinstance(found, tuple):
            return self._validate(found, depth + 1) if found is not None else {}
        module, outline, name = found
        analysis = self._analysis(module, outline, name, None, True, 1)
        fields = analysis.class_fields.get(name, {}) if analysis is not None else {}
        return {f: kinds for f in fields if analysis is not None and (kinds := validated(analysis, name, f))}

    def library_bases(self, qualified: str, depth: int = 0) -> frozenset[str]:
        """The bases up the hierarchy of the class `qualified` of the project that are none of its classes
        (`pydantic.BaseModel`)."""
        found = self._located(qualified, depth)
        if isinstance(found, str):
            return self.library_bases(found, depth + 1)
        if found is None:
            return frozenset()
        bases = found[1].classes.get(found[2], ())
        inherited = [self.library_bases(b, depth + 1) for b in bases if self.project.defines(b)]
        return frozenset(b for b in bases if not self.project.defines(b)).union(*inherited)

    def _own_bases(self, bases: tuple[str, ...] | list[str], depth: int = 0) -> bool:
        """Whether every base up the hierarchy is a class of the project: a constructor a project base
        defines then keeps what the project's code keeps (a library base beneath it, a Django form's, keeps
        what the library does with the arguments, which no summary says)."""
        for base in bases:
            if base in ("object", "builtins.object"):
                continue
            found = self._located(base, depth)
            while isinstance(found, str):  # a package re-exporting it
                depth += 1
                found = self._located(found, depth)
            if found is None or not self._own_bases(found[1].classes.get(found[2], ()), depth + 1):
                return False
        return True

    def _inherited(
        self,
        bases: tuple[str, ...] | list[str],
        method: str,
        tainted: bool,
        depth: int,
        context: Context = (),
        stepped: bool = False,
    ) -> Callee | None:
        """A method a class of the project does not define: its nearest base's that does, as a method of
        this class (the same object: no module further away)."""
        for base in bases:
            found = self.callee(f"{base}.{method}", tainted, depth, context, stepped)
            if found is not None:
                return found
        return None

    def _analysis(
        self,
        module: str,
        outline: ModuleSummary,
        name: str,
        method: str | None,
        tainted: bool,
        depth: int,
        context: Context = (),
    ) -> Analysis | None:
        """The analysis of one function (or one method with its class's header) of another module, with
        the module's imports and top-level assignments: the rest of the module is not parsed; its other
        functions and classes are names of that module, summarised when called."""
        from guidelint.engines.taint.analysis import Analysis

        source = self.project.module_text(module)
        if source is None:
            return None
        rel, text = source
        where = (module, name, method)
        if not tainted and self._needle_free.get(where):
            return None  # nothing tainted is passed, and no source's needle is in the function or the imports
        lines = kept_python_lines(text)
        spans = [*outline.header]
        if method is None:  # with the implementations registered for it (a single-dispatch function)
            spans += [outline.spans[name], *outline.overloads.get(name, ())]
        else:
            head, body = outline.heads[name], outline.methods[name][method]
            spans += [head, body] if head[1] >= head[0] else [outline.spans[name]]
            init = outline.methods[name].get("__init__")
            if init is not None and head[1] >= head[0]:  # what the constructor sets up (a compiled pattern)
                spans.append(init)
        snippet = "".join("".join(lines[first - 1 : last]) for first, last in sorted(set(spans)))
        if not tainted:
            free = not found(self.needles, snippet)
            if free and method is None and self.read_generators:
                # a generator given nothing: what it yields may be constants a loop over it gets (the facts
                # of `for text in formulas()`); the taint has nothing to learn from it
                first, last = outline.spans[name]
                free = not _YIELD.search("".join(lines[first - 1 : last]))
            self._needle_free[where] = free
            if free:
                return None
        tree = self._snippet_tree(module, rel, lines, outline.header, sorted(set(spans) - set(outline.header)))
        if tree is None:
            return None
        package = module if rel.endswith("__init__.py") else module.rpartition(".")[0]
        analysis = Analysis(
            tree,
            rel,
            self.models,
            self.sink_kinds,
            self.options,
            snippet,
            self,
            package,
            depth,
            markup_sources=self.markup_sources,
        )
        for other in outline.spans:
            if other != name:
                analysis.names.scopes[0].names.setdefault(other, f"{module}.{other}")
        analysis.home = module
        analysis.prepare()
        if context and method is not None:  # a mixin's method of a view: self is that view (its request...)
            analysis.context = context
            analysis.bases[name] = [*analysis.bases.get(name, []), *context]
        return analysis

    def _snippet_tree(
        self, module: str, rel: str, lines: list[str], header: list[tuple[int, int]], own: list[tuple[int, int]]
    ) -> cst.Module | None:
        """The tree of a snippet: the module's header statements (`outline.header`) and the lines of one
        function or method, in the order of the module; None when it does not parse.

        The header is parsed once per module (it was parsed again for each of the module's functions
        summarised, the larger part of the text parsed for summaries), the function's own lines apart: the
        snippet's statements are the header's statements and the function's, each the same text
        whether parsed alone or in the snippet, so the tree is the snippet's own. Where the header's
        statements cannot be told apart by their lines (two on one line of a multi-line one), or a header
        line falls inside the function's, the snippet is parsed whole, as it was."""
        statements = self.header_statements(module, rel, lines, header)
        own_text = "".join("".join(lines[a - 1 : b]) for a, b in own)
        part = self._tree(rel, own_text) if own and statements is not None else None
        start, end = (own[0][0], own[-1][1]) if own else (0, 0)
        last = max((b for _, b in [*header, *own]), default=0)
        if (
            statements is None
            or part is None
            or any(first <= end and start <= stop for first, stop in statements)
            or not lines[last - 1].endswith("\n")  # the module's last line, without its newline
        ):
            spans = sorted(set(header) | set(own))
            return self._tree(rel, "".join("".join(lines[a - 1 : b]) for a, b in spans))
        before = [stmt for (first, _), stmt in statements.items() if first < start]
        after = [stmt for (first, _), stmt in statements.items() if first > end]
        return part.with_changes(body=[*before, *part.body, *after])

    def header_statements(
        self, module: str, rel: str, lines: list[str], header: list[tuple[int, int]]
    ) -> dict[tuple[int, int], cst.BaseStatement] | None:
        """The statements of a module's header by their lines (sorted), parsed once per module; None when
        they cannot be told apart (one statement per span) or do not parse."""
        if module not in self._headers:
            if len(self._headers) >= MAX_HEADERS:  # the oldest first: a process's memory stays bounded
                del self._headers[next(iter(self._headers))]
            spans = sorted(set(header))
            tree = snippet_tree(rel, "".join("".join(lines[a - 1 : b]) for a, b in spans))
            apart = tree is not None and len(tree.body) == len(spans) and not tree.header and not tree.footer
            apart = apart and all(b < c for (_, b), (c, _) in pairwise(spans))
            self._headers[module] = dict(zip(spans, tree.body, strict=True)) if apart and tree is not None else None
        return self._headers[module]

    def _tree(self, rel: str, text: str) -> cst.Module | None:
        """The tree of a snippet's text, kept for the next summaries of the same function (for another depth
        or context: the same text, the same tree; analyses only read their trees)."""
        if text in self._trees:
            tree = self._trees[text] = self._trees.pop(text)  # the most recently used last
            return tree
        if len(self._trees) >= MAX_TREES:  # the least recently used first: a process's memory stays bounded
            del self._trees[next(iter(self._trees))]
        tree = self._trees[text] = snippet_tree(rel, text)
        return tree


Headers = dict[str, dict[tuple[int, int], cst.BaseStatement] | None]
_TREES: list[tuple[Project, Headers, dict[str, cst.Module | None]]] = []  # this process's project's


def _shared_trees(project: Project) -> tuple[Headers, dict[str, cst.Module | None]]:
    """One pair of caches for the dataflow's summaries and the rules' flow facts' (facts.py), which summarise
    many of the same functions: a tree is a function of its text; analyses only read it (their memos are their own)."""
    for known, headers, trees in _TREES:
        if known is project:
            return headers, trees
    _TREES[:] = [(project, {}, {})]
    return _TREES[0][1], _TREES[0][2]
