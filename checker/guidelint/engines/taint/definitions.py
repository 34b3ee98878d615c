"""The module's own definitions, indexed before it is walked: its functions, its classes (their methods,
declared fields and bases) and the module-level instances of them (`manager = DocumentManager()`)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.cst.children import children
from guidelint.engines.taint.classfields import declared
from guidelint.engines.taint.fields import (
    CLASS_REFS,
    FIELD_CALLS,
    FORM_MODEL,
    RECORD_CLASS,
    class_refs,
    declared_calls,
    form_model,
)
from guidelint.engines.taint.syntax import _body
from guidelint.semantic.names import dotted

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis


def index_definitions(a: Analysis, body: Sequence[cst.CSTNode]) -> None:
    for stmt in body:
        if type(stmt) is cst.FunctionDef:
            if (earlier := a.functions.get(stmt.name.value)) is not None:
                a.memo.setdefault(SHADOWED, []).append((earlier, None))
            a.functions[stmt.name.value] = stmt
            overloads(a, "", stmt)
        elif type(stmt) is cst.ClassDef:
            methods: dict[str, cst.FunctionDef] = {}
            for method in _body(stmt.body):
                if type(method) is cst.FunctionDef:
                    if (earlier := methods.get(method.name.value)) is not None:  # a property's getter
                        a.memo.setdefault(SHADOWED, []).append((earlier, stmt.name.value))
                    methods[method.name.value] = method
                    overloads(a, stmt.name.value, method)
            a.classes[stmt.name.value] = methods
            a.class_fields[stmt.name.value] = declared(stmt)
            a.memo[(FIELD_CALLS, stmt.name.value)] = declared_calls(stmt)
            a.bases[stmt.name.value] = [a.names.qualname(b.value) or dotted(b.value) or "" for b in stmt.bases]
            a.memo[(CLASS_REFS, stmt.name.value)] = class_refs(stmt)
            a.memo[(FORM_MODEL, stmt.name.value)] = form_model(stmt)
            a.memo[(HELD_INSTANCES, stmt.name.value)] = held_instances(stmt)
            a.memo[(RECORD_CLASS, stmt.name.value)] = record_class(a, stmt)
            a.memo[(CLASS_MARKS, stmt.name.value)] = class_marks(a, stmt)
            a.memo[(CLASS_VALUES, stmt.name.value)] = class_values(stmt)
        elif isinstance(stmt, (cst.If, cst.Try, cst.With)):  # `with gr.Blocks() as demo:` holds a data app's callbacks
            index_definitions(
                a, [s for s in _body(stmt.body) if isinstance(s, (cst.FunctionDef, cst.ClassDef, cst.With))]
            )
    for stmt in body:  # manager = DocumentManager(): manager.get(x) runs DocumentManager.get
        for small in stmt.body if type(stmt) is cst.SimpleStatementLine else ():
            if (
                type(small) is cst.Assign
                and len(small.targets) == 1
                and type(small.targets[0].target) is cst.Name
                and type(small.value) is cst.Call
                and type(small.value.func) is cst.Name
                and small.value.func.value in a.classes
            ):
                a.instances[small.targets[0].target.value] = small.value.func.value


SHADOWED = "shadowed"
"""The memo key of the definitions a later one of the same name replaces (a function defined twice, a
property's getter before its setter), each with its class: called by name they are never run, yet a route
decorator or a registry may have kept them, so their bodies are checked too."""

OVERLOADS = "overloads"
"""The memo key of the implementations registered for a function (`@clause.register`), with its class."""


def registered_for(decorator: cst.Decorator) -> str | None:
    """The function an implementation is registered for: `@clause.register`, `@clause.register(int)`."""
    made = decorator.decorator.func if type(decorator.decorator) is cst.Call else decorator.decorator
    if type(made) is cst.Attribute and made.attr.value == "register" and type(made.value) is cst.Name:
        return made.value.value
    return None


def overloads(a: Analysis, cls: str, fn: cst.FunctionDef) -> None:
    """Note an implementation registered for a single-dispatch function or method (dispatch.py)."""
    for decorator in fn.decorators:
        if (base := registered_for(decorator)) is not None:
            a.memo.setdefault((OVERLOADS, cls, base), []).append(fn)


_RECORD_DECORATORS = frozenset(
    {"dataclass", "dataclasses.dataclass", "pydantic.dataclasses.dataclass"}
    | {f"{m}.{d}" for m in ("attr", "attrs") for d in ("define", "frozen", "mutable", "s", "attrs", "dataclass")}
)
_RECORD_BASES = frozenset({"typing.NamedTuple", "NamedTuple", "typing_extensions.NamedTuple"})


def record_class(a: Analysis, cls: cst.ClassDef) -> bool:
    """A dataclass (also pydantic's and attrs' classes) or a NamedTuple: an instance holds in each declared
    field what is passed for it (by position or keyword), else the default the class body gives it."""
    for decorator in cls.decorators:
        made = decorator.decorator.func if type(decorator.decorator) is cst.Call else decorator.decorator
        if (a.names.qualname(made) or dotted(made) or "") in _RECORD_DECORATORS:
            return True
    return any((a.names.qualname(b.value) or dotted(b.value) or "") in _RECORD_BASES for b in cls.bases)


CLASS_MARKS = "class marks"
"""The memo key of what marks a class: its decorators' qualified names and the names its body sets to True."""


def class_marks(a: Analysis, cls: cst.ClassDef) -> frozenset[str]:
    """`@cherrypy.expose` on the class, or `exposed = True` in its body (CherryPy's MethodDispatcher serves
    such a class's GET/POST methods)."""
    marks = set()
    for decorator in cls.decorators:
        made = decorator.decorator.func if type(decorator.decorator) is cst.Call else decorator.decorator
        marks.add(a.names.qualname(made) or dotted(made) or "")
    for line in _body(cls.body):
        for small in line.body if type(line) is cst.SimpleStatementLine else ():
            if type(small) is cst.Assign and type(small.value) is cst.Name and small.value.value == "True":
                marks.update(t.target.value for t in small.targets if type(t.target) is cst.Name)
    return frozenset(marks - {""})


def marked(a: Analysis, cls: str | None, markers: tuple[str, ...]) -> bool:
    """The class is marked by one of these (no markers asked: any class)."""
    if not markers:
        return True
    marks = a.memo.get((CLASS_MARKS, cls)) if cls else None
    return isinstance(marks, frozenset) and bool(marks.intersection(markers))


CLASS_VALUES = "class values"
"""The memo key of what a class body assigns its attributes: attribute -> the value's expression."""


def class_values(cls: cst.ClassDef) -> dict[str, cst.BaseExpression]:
    """`title = "Quarterly statement"` in a class body (assigned once, not a field's annotation): what an
    instance's `title` is until something assigns it."""
    found: dict[str, cst.BaseExpression] = {}
    seen: set[str] = set()
    for line in _body(cls.body):
        for small in line.body if type(line) is cst.SimpleStatementLine else ():
            if type(small) is cst.Assign and len(small.targets) == 1 and type(small.targets[0].target) is cst.Name:
                name = small.targets[0].target.value
                if name not in seen:
                    found[name] = small.value
                else:
                    found.pop(name, None)
                seen.add(name)
    return found


def class_value(a: Analysis, cls: str | None, attr: str) -> cst.BaseExpression | None:
    """What `obj.attr` of an instance of the module's class `cls` holds when the class body assigns it and
    no method of a class of the module sets `self.attr` (nor any code `obj.attr`, seen as an entry first):
    the class attribute (a dataclass's or NamedTuple's is a field's default, which the fields say)."""
    if cls is None or a.memo.get((RECORD_CLASS, cls)):
        return None
    value = a.memo.get((CLASS_VALUES, cls), {}).get(attr)
    if value is None:
        return None
    touched = a.memo.get(TOUCHED)
    if touched is None:
        touched = a.memo[TOUCHED] = _touched(a)
    return None if attr in touched else value


TOUCHED = "self attributes touched"
"""The memo key of the attributes of `self` the methods of the module's classes assign or change in place."""


def _touched(a: Analysis) -> frozenset[str]:
    found: set[str] = set()
    stack: list[cst.CSTNode] = [fn for methods in a.classes.values() for fn in methods.values()]
    while stack:
        node = stack.pop()
        targets: list[cst.BaseExpression] = []
        kind = type(node)  # (compared by type: none of these has subclasses, and isinstance goes through ABCMeta)
        if kind is cst.Assign:
            targets = [t.target for t in node.targets]  # type: ignore[attr-defined]
        elif kind is cst.AnnAssign or kind is cst.AugAssign:
            targets = [node.target]  # type: ignore[attr-defined]
        elif type(node) is cst.Call and type(node.func) is cst.Attribute and node.func.attr.value in CHANGING:
            targets = [node.func.value]  # self.items.append(v)
        for target in targets:
            while type(target) is cst.Subscript:  # self.items[k] = v
                target = target.value
            for element in target.elements if isinstance(target, (cst.Tuple, cst.List)) else [target]:
                inner = element.value if isinstance(element, cst.Element) else element
                if type(inner) is cst.Attribute and type(inner.value) is cst.Name and inner.value.value == "self":
                    found.add(inner.attr.value)
        stack.extend(children(node))
    return frozenset(found)


CHANGING = frozenset({"add", "append", "appendleft", "extend", "extendleft", "insert", "update", "setdefault"})


HELD_INSTANCES = "held instances"
"""The memo key of what a class holds made by a call of a class, per attribute name."""


def held_instances(cls: cst.ClassDef) -> dict[str, str]:
    """The attributes a class holds made by a call of a name (`search = NoteSearch(connection)` in its body, or
    `self.search = NoteSearch(...)` in a method): attribute -> the name called (a class, if one of the module)."""
    held: dict[str, str] = {}
    for stmt in _body(cls.body):
        in_method = type(stmt) is cst.FunctionDef
        for line in _body(stmt.body) if type(stmt) is cst.FunctionDef else [stmt]:
            for small in line.body if type(line) is cst.SimpleStatementLine else ():
                if type(small) is not cst.Assign or len(small.targets) != 1:
                    continue
                made = _made(small.value)
                if made is None:
                    continue
                target, called = small.targets[0].target, dotted(made.func)  # NoteSearch, requests.Session
                if called is None:
                    continue
                if type(target) is cst.Name and not in_method:
                    held[target.value] = called
                elif type(target) is cst.Attribute and type(target.value) is cst.Name and target.value.value == "self":
                    held[target.attr.value] = called
    return held


def _made(value: cst.BaseExpression) -> cst.Call | None:
    """The call that makes what an assignment holds: `Store(...)`, or the default of `given or Store(...)`."""
    if type(value) is cst.BooleanOperation and type(value.operator) is cst.Or:
        value = value.right
    return value if type(value) is cst.Call else None


def all_functions(a: Analysis) -> Iterator[tuple[cst.FunctionDef, str | None]]:
    """Every function and method of the module, each class's `__init__` before its other methods."""
    for fn in a.functions.values():
        yield fn, None
    for cls, methods in a.classes.items():
        init = methods.get("__init__")
        if init is not None:
            yield init, cls
        for name, fn in methods.items():
            if name != "__init__":
                yield fn, cls
    yield from a.memo.get(SHADOWED, [])
