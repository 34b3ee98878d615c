"""A registry of factories: a module-level dict display mapping constant keys to classes of the module
(`PROVIDERS = {"open": OpenSource, "vetted": VettedSource}`), the container of a dependency-injection setup.
`PROVIDERS["vetted"]()` makes an instance of the class held under that key, so its methods are that class's
(`source.endpoint(x)` is VettedSource.endpoint). Only a table no statement of the module changes (no item
assigned, no update): otherwise another class may be registered under the key. A base class's
`__init_subclass__(cls, kind, **kwargs)` that stores `Widget.kinds[kind] = cls` fills a registry too: each
subclass of the module declared `class Badge(Widget, kind="badge")` is held under its keyword's constant."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import libcst as cst

from guidelint.cst.children import descendants
from guidelint.semantic.constants import constant_value
from guidelint.semantic.names import dotted

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

TABLES = "factory tables"
"""The memo key of the module's registries: name -> {key: class name}."""
_CHANGES = frozenset({"update", "setdefault", "pop", "popitem", "clear", "__setitem__"})


def registered_class(a: Analysis, call: cst.Call) -> str | None:
    """The class of this module `TABLE["key"]()` (or `Base.kinds["key"]()`) instantiates, for a registry the
    module never changes."""
    func = call.func
    table = dotted(func.value) if type(func) is cst.Subscript else None
    if type(func) is not cst.Subscript or not table or len(func.slice) != 1:
        return None
    index = func.slice[0].slice
    key = constant_value(index.value) if type(index) is cst.Index else None
    if not isinstance(key, str):
        return None
    tables: dict[str, dict[str, str]] | None = a.memo.get(TABLES)
    if tables is None:
        tables = a.memo[TABLES] = _tables(a) | _subclass_tables(a)
    return tables.get(table, {}).get(key)


def _tables(a: Analysis) -> dict[str, dict[str, str]]:
    """The module's registries: top-level names bound once to a dict display of constant keys and classes
    of the module (each class not a name an import binds), that no statement changes."""
    found: dict[str, dict[str, str]] = {}
    for stmt in a.module.body:
        small = stmt.body[0] if type(stmt) is cst.SimpleStatementLine else None
        target = small.targets[0].target if type(small) is cst.Assign and len(small.targets) == 1 else None
        target = small.target if type(small) is cst.AnnAssign else target
        value = small.value if type(small) in (cst.Assign, cst.AnnAssign) else None  # type: ignore[union-attr]
        if type(target) is not cst.Name or type(value) is not cst.Dict:
            continue
        entries: dict[str, str] | None = {}
        for element in value.elements:
            key = constant_value(element.key) if type(element) is cst.DictElement else None
            held = element.value if type(element) is cst.DictElement else None
            if entries is None or not isinstance(key, str) or type(held) is not cst.Name:
                entries = None
                continue
            if held.value not in a.classes or a.names.lookup(held.value) is not None:
                entries = None
                continue
            entries[key] = held.value
        if target.value in found:
            found[target.value] = {}  # bound twice: which table is meant depends on the order
        elif entries:
            found[target.value] = entries
    return {name: entries for name, entries in found.items() if entries and not _changed(a, name)}


def _changed(a: Analysis, name: str) -> bool:
    """Whether a statement of the module assigns an item of the table, updates it or rebinds it inside a
    function (`global`)."""
    for node in descendants(a.module):
        if type(node) is cst.AssignTarget or type(node) is cst.AugAssign or type(node) is cst.Del:
            target = node.target
            if type(target) is cst.Subscript and type(target.value) is cst.Name and target.value.value == name:
                return True
            if type(node) is cst.AugAssign and type(target) is cst.Name and target.value == name:
                return True
        elif type(node) is cst.Call and type(node.func) is cst.Attribute and node.func.attr.value in _CHANGES:
            if type(node.func.value) is cst.Name and node.func.value.value == name:
                return True
        elif type(node) is cst.Global and any(n.name.value == name for n in node.names):
            return True
    return False


def _subclass_tables(a: Analysis) -> dict[str, dict[str, str]]:
    """The registries `__init_subclass__` methods of the module's classes fill: `Widget.kinds[kind] = cls`
    (or `cls.kinds[...]`, `KINDS[...]`) with `kind` a parameter of the method, by the class keyword each
    subclass of the module passes for it."""
    found: dict[str, dict[str, str]] = {}
    classes = [s for s in a.module.body if type(s) is cst.ClassDef]
    for base in classes:
        hook = a.classes.get(base.name.value, {}).get("__init_subclass__")
        for table, param in _registrations(hook, base.name.value) if hook is not None else ():
            entries = found.setdefault(table, {})
            for sub in classes:
                key = next(
                    (constant_value(k.value) for k in sub.keywords if k.keyword and k.keyword.value == param), None
                )
                if isinstance(key, str) and base.name.value in a.bases.get(sub.name.value, ()):
                    entries[key] = sub.name.value
    return found


def _registrations(hook: cst.FunctionDef, cls: str) -> list[tuple[str, str]]:
    """(table, parameter) of each `TABLE[param] = cls` statement of an `__init_subclass__` method."""
    params = [p.name.value for p in hook.params.params[1:]] + [p.name.value for p in hook.params.kwonly_params]
    found = []
    for node in descendants(hook.body):
        if type(node) is not cst.Assign or type(node.value) is not cst.Name or node.value.value != "cls":
            continue
        for target in node.targets:
            item = target.target
            index = item.slice[0].slice if type(item) is cst.Subscript and len(item.slice) == 1 else None
            if type(index) is not cst.Index or type(index.value) is not cst.Name or index.value.value not in params:
                continue
            table = dotted(cast(cst.Subscript, item).value) or ""
            table = f"{cls}.{table[4:]}" if table.startswith("cls.") else table
            if table:
                found.append((table, index.value.value))
    return found


def provided_class(a: Analysis, container: str, name: str) -> str | None:
    """The class a provider of a container class of the project makes (`transcripts =
    providers.Factory(Transcripts)` in the body of `container`, qualified: `container.transcripts()` is a
    Transcripts), qualified; else None."""
    module, _, cls = container.rpartition(".")
    outline = a.project.project.summary(module) if module and a.project is not None else None
    made = outline.provided.get(cls, {}).get(name) if outline is not None else None
    return None if made is None or outline is None else outline.imports.get(made, f"{module}.{made}")
