"""The library classes a class of the project derives from, through the project's modules: constructing
the class runs their constructor, so the call sinks the models name for them apply to it (`Note(**data)`
of `class Note(Base)` with `Base = declarative_base()` in another module; `class Page(HttpResponse)`)."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.syntax import _walk
from guidelint.semantic.names import dotted
from guidelint.semantic.summary import absolute_name
from guidelint.sourcelines import python_lines

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

MAX_DEPTH = 6
"""How many classes up a hierarchy is followed."""


def ancestors(a: Analysis, func: cst.BaseExpression) -> list[str]:
    """The qualified names of the classes the called class derives from, nearest first, up to the first one
    that defines its own `__init__` (its signature is the one the call follows); [] when the callee is no
    class of this module or of another module of the project, or a factory function."""
    if type(func) is cst.Name and func.value in a.classes:
        if "__init__" in a.classes[func.value]:
            return []
        if a.project is None:  # one file on its own: its bases as written
            return list(a.bases.get(func.value, ()))
        start = a.project.project.local(func.value)
    else:
        qualified = a.names.qualname(func)
        if a.project is None or qualified is None:
            return []
        start = absolute_name(a.package, qualified)
        if not a.project.project.defines(start) or _kind(a, start) != "class":
            return []
    project = a.project.project
    found: list[str] = []
    frontier = [start]
    for _ in range(MAX_DEPTH):
        frontier = [
            base
            for name in frontier
            if name == start or _kind(a, name) != "initialised"
            for base in project.bases(name)
            if base not in found and _kind(a, base) != "function"
        ]
        if not frontier:
            break
        found.extend(frontier)
    return found


def derives_from(a: Analysis, expr: cst.BaseExpression, classes: frozenset[str]) -> bool:
    """`expr` names a class of this module or of another module of the project that derives from one of
    `classes` (qualified): Loader=StrictLoader with `class StrictLoader(yaml.SafeLoader)`."""
    if type(expr) is cst.Name and expr.value in a.classes:
        if a.project is None:  # one file on its own: its bases as written, and theirs in the file
            seen: set[str] = set()
            frontier = [expr.value]
            while frontier:
                name = frontier.pop()
                seen.add(name)
                for base in a.bases.get(name, ()):
                    if base in classes:
                        return True
                    if base in a.classes and base not in seen:
                        frontier.append(base)
            return False
        start = a.project.project.local(expr.value)
    else:
        qualified = a.names.qualname(expr)
        if a.project is None or qualified is None:
            return False
        start = absolute_name(a.package, qualified)
    return start not in classes and a.project.project.derives_from(start, classes)


def project_method(a: Analysis, method: str, sink_methods: tuple[str, ...]) -> bool:
    """`Class.method` (the maker of a receiver, then the method called on it) is a method a class of the
    project defines or inherits from another of the project's classes, and calls no method named like the
    sink's (`sink_methods`) itself: `main = ParserMain(...); main.execute(argv)` runs the project's own code,
    not a library's method that a model names `execute`. A wrapper that passes its argument on
    (`return self.conn.execute(sql)`, `super().execute(sql)`) stays the sink it wraps."""
    made, _, name = method.rpartition(".")
    if "." not in made:  # a class of this module
        own = a.classes.get(made, {}).get(name)
        if own is not None:
            return not _calls_named(own.body, sink_methods)
        current = a.project.project.current_name() if a.project is not None else ""
        return bool(current) and project_method(a, f"{current}.{made}.{name}", sink_methods)
    if a.project is None:
        return False
    project = a.project.project
    frontier, seen = [absolute_name(a.package, made)], set()
    for _ in range(MAX_DEPTH):
        bases: list[str] = []
        for qualified in frontier:
            seen.add(qualified)
            module, _, cls = qualified.rpartition(".")
            summary = project.summary(module) if module and project.defines(module) else None
            if summary is None or cls not in summary.classes:
                continue
            span = summary.methods.get(cls, {}).get(name)
            if span is not None:
                found = project.module_text(module)
                lines = python_lines(found[1])[span[0] : span[1]] if found else []  # the body, after the def line
                return bool(found) and not _sink_call(sink_methods).search("\n".join(lines))
            bases.extend(base for base in project.bases(qualified) if base not in seen)
        if not bases:
            return False
        frontier = bases
    return False


@functools.lru_cache(maxsize=64)
def _sink_call(names: tuple[str, ...]) -> re.Pattern[str]:
    """A call of a method of one of these names, in source text (`.execute(`)."""
    alternatives = "|".join(re.escape(n) for n in names)
    return re.compile(r"\.\s*(?:" + alternatives + r")\s*\(")


def _calls_named(body: cst.BaseSuite, names: tuple[str, ...]) -> bool:
    """The body calls a method of one of these names (`self.conn.execute(...)`, `super().execute(...)`)."""
    return any(
        type(node) is cst.Call and type(node.func) is cst.Attribute and node.func.attr.value in names
        for node in _walk(body)
    )


def _kind(a: Analysis, qualified: str) -> str:
    """What a qualified name is in the project: "class", "initialised" (a class defining `__init__`),
    "function", or "" (not the project's, or anything else)."""
    assert a.project is not None
    module, _, name = qualified.rpartition(".")
    summary = a.project.project.summary(module) if module else None
    if summary is None:
        return ""
    if name in summary.functions:
        return "function"
    if name in summary.classes:
        return "initialised" if "__init__" in summary.methods.get(name, {}) else "class"
    return ""


def class_level(fn: cst.FunctionDef) -> bool:
    """A method decorated @staticmethod or @classmethod: called on the class itself."""
    names = [d.decorator.value for d in fn.decorators if type(d.decorator) is cst.Name]
    return "staticmethod" in names or "classmethod" in names


def _module_lineage(a: Analysis, cls: str) -> Iterator[str]:
    """A class of this module and its bases of this module, nearest first (`MAX_DEPTH` levels, each once)."""
    seen: set[str] = set()
    frontier = [cls]
    for _ in range(MAX_DEPTH):
        later: list[str] = []
        for owner in frontier:
            if owner in seen:
                continue
            seen.add(owner)
            yield owner
            later.extend(base for base in a.bases.get(owner, ()) if base in a.classes)
        frontier = later


def local_method(a: Analysis, cls: str, name: str) -> tuple[cst.FunctionDef, str] | None:
    """The method `name` of a class of this module, defined there or inherited from one of its bases of
    this module (nearest first), with the class that defines it."""
    for owner in _module_lineage(a, cls):
        method = a.classes.get(owner, {}).get(name)
        if method is not None:
            return method, owner
    return None


def foreign_bases(a: Analysis, cls: str) -> list[str]:
    """The bases of another module that a class of this module (and its bases of this module) names, nearest
    first: where its constructor is when no class of this module on the way defines `__init__`."""
    found: list[str] = []
    for owner in _module_lineage(a, cls):
        for base in a.bases.get(owner, ()):
            if base not in a.classes and "." in base and base not in found:
                found.append(base)
    return found


def is_super(expr: cst.BaseExpression) -> bool:
    """`super()` (or `super(Class, self)`): the instance, seen as one of its bases."""
    return type(expr) is cst.Call and dotted(expr.func) == "super"


def super_method(a: Analysis, func: cst.BaseExpression) -> tuple[cst.FunctionDef, str] | None:
    """`super().name` in a method of a class of this module: the method of its bases of this module that
    defines it (`super().__init__(request.POST["case"])` runs the base's `__init__` on this instance)."""
    if type(func) is not cst.Attribute or not is_super(func.value) or a.current_class is None:
        return None
    for base in a.bases.get(a.current_class, ()):
        found = local_method(a, base, func.attr.value) if base in a.classes else None
        if found is not None:
            return found
    return None


def own_methods(a: Analysis) -> frozenset[str]:
    """The names of the methods the module's classes define (of a function summarised alone, the classes of
    its module, which are not parsed: Routing.execute() in a method of another class there is theirs too)."""
    found: frozenset[str] | None = a.memo.get("own-methods")
    if found is None:
        names = {m for methods in a.classes.values() for m in methods}
        outline = a.project.project.summary(a.home) if a.project is not None and a.home is not None else None
        if outline is not None:
            names.update(m for methods in outline.methods.values() for m in methods)
        found = a.memo["own-methods"] = frozenset(names)
    return found


def properties(a: Analysis) -> frozenset[str]:
    """The names of the module's classes' methods decorated @property: read as attributes, they run."""
    found: frozenset[str] | None = a.memo.get("properties")
    if found is None:
        found = a.memo["properties"] = frozenset(
            name for methods in a.classes.values() for name, fn in methods.items() if is_property(fn)
        )
    return found


def is_property(fn: cst.FunctionDef) -> bool:
    return any(type(d.decorator) is cst.Name and d.decorator.value == "property" for d in fn.decorators)
