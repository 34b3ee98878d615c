"""Constants of the classes a module defines, for the libcst rules' facts: `Job.COMMAND`, `self.COMMAND` in a
method of `Job`, an enumeration's members (`Bank.NORDBANK`, `for bank in Bank`).

A class attribute assigned once in the class body, to a value the module's constants fold to, is that
constant; read through `self`/`cls` it can also be what a subclass of the module assigns in its place. An
attribute the code assigns anywhere else (`self.COMMAND = ...`, `job.COMMAND = ...`, `setattr`) is unknown:
an instance may hold another value. An enumeration (`class Bank(enum.Enum)`) stands for the tuple of its
members, so a loop over it binds one member at a time, and `Bank.NORDBANK.value` is the member's value.

A private attribute (`self._op`) that only the methods of one class assign, each time with a plain
`self._op = value` the module's constants fold (`self._op = self.OPERATORS[op]`: one of the table's
values), is one of those values in that class's methods. A public one may be set by any module that
holds an instance (`ledger.table = ...`), so it is not known.
"""

from __future__ import annotations

import ast
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

import libcst as cst

from guidelint.cst.children import children
from guidelint.engines.libcst.parsing import parse as parse_cst
from guidelint.engines.taint.tables import ENUM_BASES
from guidelint.engines.taint.values import MAX_VALUES, Member, Values, hashable, values_of
from guidelint.semantic.names import private_name
from guidelint.semantic.project import Project
from guidelint.semantic.pytree import parse
from guidelint.sourcelines import python_lines

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis
    from guidelint.engines.taint.labels import Env

Lookup = Callable[[str], Values]
RECEIVERS = ("self.", "cls.")
CHANGING = frozenset(
    {"add", "append", "appendleft", "extend", "extendleft", "insert", "update", "setdefault", "pop", "popitem"}
    | {"remove", "discard", "clear", "sort", "reverse"}
)
"""Methods that change the container they are called on: a class attribute they are called on is no constant."""


class ClassConstants:
    """The constants of a module's top-level classes, looked up by `Class.NAME` or, in a method of `Class`,
    by `self.NAME`/`cls.NAME`."""

    def __init__(
        self,
        module: cst.Module,
        bases: Mapping[str, Sequence[str]],
        lookup: Lookup,
        imported: ImportedConstants | None = None,
    ) -> None:
        known = imported if imported is not None else NO_IMPORTS
        self.imported = known
        own_names = lookup

        def lookup_all(name: str) -> Values:  # the module's names, then those it imports
            found = own_names(name)
            return found if found is not None else known.get(name)

        classes = {s.name.value: s for s in module.body if type(s) is cst.ClassDef}
        changed = _assigned_elsewhere(module)
        if "*" in changed:  # setattr(obj, name, value): any attribute may be another value
            classes = {}
        own: dict[str, dict[str, Values]] = {}
        for name, cls in classes.items():
            enum = bool(ENUM_BASES.intersection(bases.get(name, ())))
            own[name] = _own(cls, lookup_all, changed, enum)
        parents = {name: [b for b in bases.get(name, ()) if b in classes and b != name] for name in classes}
        self.static: dict[str, Values] = {}  # "Class.NAME"; "Enum": the tuple of its members (before imports)
        for name in classes:
            for attr, values in _inherited(name, own, parents).items():
                if values is not None:
                    self.static[f"{name}.{attr}"] = values
            members = [next(iter(v)) for v in own[name].values() if v and type(next(iter(v))) is Member]
            if members and len(members) <= MAX_VALUES and name in _enums(classes, bases):
                self.static[name] = frozenset({tuple(sorted(members, key=lambda m: m.name))})
            closed = _closed(classes[name], lookup_all, changed)  # getattr(Sorts, name): one of its attributes
            if closed is not None:
                self.static[f"{name}{ANY_ATTRIBUTE}"] = closed
        self.through_self: dict[str, dict[str, Values]] = {}  # class -> NAME -> what self.NAME can be
        for name in classes:
            table: dict[str, Values] = {}
            family = [name, *(c for c in classes if c != name and _derives(c, name, parents))]
            for attr in {a for c in family for a in _inherited(c, own, parents)}:
                table[attr] = _union(_inherited(c, own, parents).get(attr) for c in family)
            self.through_self[name] = table
        if "__dict__" not in changed:  # self.__dict__.update(...) may set any of them
            for name, cls in classes.items():
                table = self.through_self[name]

                def in_class(key: str, table: dict[str, Values] = table) -> Values:
                    return table.get(key[5:]) if key.startswith("self.") else lookup_all(key)

                for attr, values in _private_fields(cls, in_class, changed).items():
                    table.setdefault(attr, values)

    def lookup(self, base: Lookup, cls: str | None, shadowed: Callable[[str], bool]) -> Lookup:
        """`base`, falling back on the class constants (`self.NAME` read in a method of `cls`) and the
        constants the module imports, unless the code binds the name itself (`shadowed`)."""

        def values(name: str) -> Values:
            found = base(name)
            if found is not None or (
                "." not in name and (shadowed(name) or (name not in self.static and name not in self.imported))
            ):
                return found
            if cls is not None and name.startswith(RECEIVERS):  # the method's own receiver
                return self.through_self.get(cls, {}).get(name.partition(".")[2])
            if shadowed(name.partition(".")[0]):
                return None  # settings = load(); settings.X: not the imported module's, nor the class's
            return self.static[name] if name in self.static else self.imported.get(name)

        return values


ANY_ATTRIBUTE = ".*"
"""After a class's name: the values of its attributes, for a class of the module that has only attributes the
module's constants fold, no base, decorator or metaclass, and that no code assigns an attribute of (its
other attributes, `__doc__`, `__module__`, its methods, are the code's too)."""


def _closed(cls: cst.ClassDef, lookup: Lookup, changed: Mapping[str, int]) -> Values:
    """The values of the attributes of a class ANY_ATTRIBUTE stands for, else None. An attribute of another
    object of the same name may be assigned (`self.desk = x`), but none through the class, and none whose
    value could change in place (a list) anywhere."""
    if cls.bases or cls.keywords or cls.decorators or {f"{cls.name.value}.*", "cls.*", "*.*"} & changed.keys():
        return None
    own = _own(cls, lookup, {}, False)
    for attr, values in own.items():
        if values is None or (attr in changed and not all(type(v) in _SCALARS for v in values)):
            return None
    return _union(own.values()) if own else None


_SCALARS = frozenset({str, int, float, bool, type(None)})


def _own(cls: cst.ClassDef, lookup: Lookup, changed: Mapping[str, int], enum: bool) -> dict[str, Values]:
    """The attributes a class body assigns, each with its values (None: not known, or assigned twice)."""
    out: dict[str, Values] = {}
    body = cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ()
    for line in body:
        if type(line) is not cst.SimpleStatementLine:
            continue
        for small in line.body:
            if type(small) is cst.Assign and len(small.targets) == 1 and type(small.targets[0].target) is cst.Name:
                target, value = small.targets[0].target.value, small.value
            elif type(small) is cst.AnnAssign and type(small.target) is cst.Name and small.value is not None:
                target, value = small.target.value, small.value
            else:
                continue
            if target in out or target in changed or target.startswith("__"):
                out[target] = None
                continue
            values = values_of(value, lookup)
            if enum and values is not None and len(values) == 1 and hashable(next(iter(values))):
                values = frozenset({Member(target, next(iter(values)))})
            out[target] = values
    return out


def _private_fields(cls: cst.ClassDef, lookup: Lookup, changed: Mapping[str, int]) -> dict[str, Values]:
    """The private attributes the methods of `cls` assign as `self._name = value`, with the values the
    constants fold them to, when those assignments are all the module makes to that name (`changed`
    counts every assignment through any object) and each folds."""
    found: dict[str, list[cst.BaseExpression]] = {}
    stack: list[cst.CSTNode] = [s for s in _body(cls) if type(s) is cst.FunctionDef]
    while stack:
        node = stack.pop()
        stack.extend(children(node))
        if type(node) is not cst.Assign or len(node.targets) != 1:
            continue
        target = node.targets[0].target
        if (
            type(target) is cst.Attribute
            and type(target.value) is cst.Name
            and target.value.value == "self"
            and private_name(target.attr.value)
        ):
            found.setdefault(target.attr.value, []).append(node.value)
    out: dict[str, Values] = {}
    for attr, values in found.items():
        if changed.get(attr) == len(values):
            folded = _union(values_of(v, lookup) for v in values)
            if folded is not None:
                out[attr] = folded
    return out


def _body(cls: cst.ClassDef) -> Sequence[cst.BaseStatement | cst.BaseSmallStatement]:
    return cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ()


def _inherited(name: str, own: dict[str, dict[str, Values]], parents: dict[str, list[str]]) -> dict[str, Values]:
    """A class's attributes with those its bases of the module define (the first base's first)."""
    out: dict[str, Values] = {}
    seen: set[str] = set()
    order = [name]
    while order:
        current = order.pop(0)
        if current in seen:
            continue
        seen.add(current)
        for attr, values in own.get(current, {}).items():
            out.setdefault(attr, values)
        order.extend(parents.get(current, []))
    return out


def _derives(name: str, base: str, parents: dict[str, list[str]]) -> bool:
    stack, seen = list(parents.get(name, [])), set()
    while stack:
        current = stack.pop()
        if current == base:
            return True
        if current not in seen:
            seen.add(current)
            stack.extend(parents.get(current, []))
    return False


def _enums(classes: dict[str, cst.ClassDef], bases: Mapping[str, Sequence[str]]) -> set[str]:
    return {name for name in classes if ENUM_BASES.intersection(bases.get(name, ()))}


def _union(parts: Iterable[Values]) -> Values:
    out: set[Any] = set()
    for part in parts:
        if part is None:
            return None
        out |= part
    return frozenset(out) if len(out) <= MAX_VALUES else None


# the nodes that can assign an attribute (compared by their type: none has subclasses)
_ASSIGNING = frozenset({cst.AssignTarget, cst.AugAssign, cst.AnnAssign, cst.For, cst.AsName, cst.Call})


def _assigned_elsewhere(module: cst.Module) -> Counter[str]:
    """Attribute names the module assigns through an object (`self.NAME = ...`, `obj.NAME += ...`,
    `setattr(obj, "NAME", ...)`, `with ... as obj.NAME`, `for obj.NAME in ...`), each with how often; "*"
    for a `setattr` whose name is computed (it may be any)."""
    names: Counter[str] = Counter()
    stack: list[cst.CSTNode] = [module]
    while stack:
        node = stack.pop()
        stack.extend(children(node))
        if type(node) not in _ASSIGNING:
            continue
        target: cst.BaseExpression | None = None
        if isinstance(node, (cst.AssignTarget, cst.AugAssign, cst.AnnAssign, cst.For)):
            target = node.target
        elif isinstance(node, cst.AsName) and isinstance(node.name, cst.BaseExpression):
            target = node.name
        elif isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value in CHANGING:
            receiver = node.func.value  # self.COLUMNS.append(name): the class's list is another one now
            if isinstance(receiver, cst.Attribute):
                names[receiver.attr.value] += 1
            continue
        elif isinstance(node, cst.Call) and isinstance(node.func, cst.Name) and node.func.value == "setattr":
            if len(node.args) >= 2:
                name = node.args[1].value
                text = name.evaluated_value if isinstance(name, cst.SimpleString) else None
                names[text if isinstance(text, str) else "*"] += 1
                holder = node.args[0].value
                names[f"{holder.value}.*" if type(holder) is cst.Name else "*.*"] += 1
            continue
        pending = [target] if target is not None else []
        while pending:
            t = pending.pop()
            if isinstance(t, cst.Attribute):
                names[t.attr.value] += 1
                names[f"{t.value.value}.*" if type(t.value) is cst.Name else "*.*"] += 1  # what it is assigned on
            elif isinstance(t, cst.Subscript):
                pending.append(t.value)  # self.LIMITS["x"] = n: the class's dict is changed
            elif isinstance(t, (cst.Tuple, cst.List)):
                pending.extend(e.value for e in t.elements)
            elif isinstance(t, cst.StarredElement):
                pending.append(t.value)
    return names


class ImportedConstants:
    """The constants the file being checked imports from the project's other modules: a name imported from
    a module that assigns it once at its top level (`from .settings import ARCHIVE_DIR`), an enumeration
    of that module and its members (`Bank`, `Bank.NORDBANK`), and through an imported module
    (`settings.ARCHIVE_DIR`). Keyed `local` or `local.rest`, by the name the file imports.

    Worked out per imported name, when a lookup first asks for it: every key belongs to the one import
    that binds its first part, and that import's entries are a pure function of the module it names (the
    `module constants` fact), so the answers are those of the whole table. A module is read, and becomes a
    dependency of the checked file, only when the file's analysis asks for a name imported from it: what
    it never asked for cannot have changed the result."""

    def __init__(self, project: Project | None, module: str | None = None) -> None:
        """`module`: the project module whose imports are meant (default: the file being checked)."""
        self.project = project if project is not None and project.root is not None else None
        self.module = module
        self._imports: dict[str, str] | None = None
        self._tables: dict[str, dict[str, Values]] = {}

    def get(self, name: str) -> Values:
        return self._table(name.partition(".")[0]).get(name)

    def __contains__(self, name: str) -> bool:
        return name in self._table(name.partition(".")[0])

    def _table(self, local: str) -> dict[str, Values]:
        table = self._tables.get(local)
        if table is None:
            table = self._tables[local] = self._entries(local)
        return table

    def _entries(self, local: str) -> dict[str, Values]:
        project = self.project
        if project is None:
            return {}
        if self._imports is None:
            outline = project.summary(self.module) if self.module is not None else project.current()
            self._imports = outline.imports if outline is not None else {}
        qualified = self._imports.get(local)
        if qualified is None or not project.defines(qualified):
            return {}
        whole = _constants_of(project, qualified)
        if whole:  # the module itself: settings.NAME
            return {f"{local}.{k}": v for k, v in whole.items() if "." not in k}
        out: dict[str, Values] = {}
        for _ in range(MAX_REEXPORTS):
            module, _, name = qualified.rpartition(".")
            for key, values in _constants_of(project, module).items():
                head, dot, rest = key.partition(".")
                if head == name:
                    out[f"{local}{dot}{rest}"] = values
            outline = project.summary(module) if not out else None
            qualified = outline.imports.get(name, "") if outline is not None else ""
            if not qualified or not project.defines(qualified):  # re-exported: `from ..settings import NAME`
                break
        return out


NO_IMPORTS = ImportedConstants(None)


def imported_values(a: Analysis, key: str | None, env: Env) -> Values:
    """The values of a name (or `module.NAME`) the analysed module imports from another module of the project
    that assigns it once at its top level (followed through modules that re-export it); None for a name the
    function or the module binds itself, or one not known."""
    root = key.partition(".")[0] if key is not None else ""
    if not root or a.project is None or root in env.values or root in a.module_env.values:
        return None
    found = a.memo.get(IMPORTED)
    if found is None:
        found = a.memo[IMPORTED] = ImportedConstants(a.project.project, a.home)
    return found.get(key) if key is not None else None


IMPORTED = "imported constants"
"""The memo key of an analysis's `ImportedConstants`."""
MAX_REEXPORTS = 3
"""How many modules that only re-export a constant (a package's `common` importing it from its settings) are
followed to the module that assigns it."""


def _constants_of(project: Project, module: str) -> dict[str, Values]:
    """A module's constants, worked out once per process (its file becomes a dependency of the asker)."""
    return project.fact(("module constants", module), lambda: _module_constants(project, module))


def _module_constants(project: Project, module: str) -> dict[str, Values]:
    """A project module's top-level constants and enumerations, folded from its assignments (each name
    assigned once) and `enum` classes; only those statements are parsed."""
    found = project.module_text(module)
    summary = project.summary(module)
    tree = parse(found[1]) if found is not None else None
    if found is None or summary is None or tree is None:
        return {}
    lines = python_lines(found[1])
    enums = {name for name, bases in summary.classes.items() if ENUM_BASES.intersection(bases)}
    counts = _bindings(tree)
    kept = []
    for node in tree.body:
        simple = isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
        annotated = isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) and node.value is not None
        if simple or annotated or (isinstance(node, ast.ClassDef) and node.name in enums):
            kept.append("\n".join(lines[node.lineno - 1 : node.end_lineno]))
    if not kept:
        return {}
    statements, _ = parse_cst(module, "\n".join(kept) + "\n", wide_names=not found[1].isascii())
    if statements is None:
        return {}
    table: dict[str, Values] = {}
    for stmt in statements.body:
        small = stmt.body[0] if type(stmt) is cst.SimpleStatementLine and len(stmt.body) == 1 else None
        if type(small) is cst.Assign and type(small.targets[0].target) is cst.Name:
            name, value = small.targets[0].target.value, small.value
        elif type(small) is cst.AnnAssign and type(small.target) is cst.Name and small.value is not None:
            name, value = small.target.value, small.value
        else:
            continue
        if counts.get(name) == 1:
            values = values_of(value, table.get)
            if values is not None:
                table[name] = values
    bases = {name: summary.classes[name] for name in enums}
    table.update(ClassConstants(statements, bases, table.get).static)
    return table


def _bindings(tree: ast.Module) -> dict[str, int]:
    """How often the module binds each name: anywhere at its top level (also in `if`, `try`, loops, imports)
    and through `global` in its functions (counted twice: any call may rebind it)."""
    counts: dict[str, int] = {}
    stack: list[ast.AST] = list(tree.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.Global):
            for name in node.names:
                counts[name] = counts.get(name, 0) + 2
        elif isinstance(node, ast.Name) and isinstance(node.ctx, (ast.Store, ast.Del)):
            counts[node.id] = counts.get(node.id, 0) + 1
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                local = alias.asname or alias.name.split(".")[0]
                counts[local] = counts.get(local, 0) + 1
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            stack.extend(n for n in ast.walk(node) if isinstance(n, ast.Global))  # only what rebinds ours
            continue
        stack.extend(ast.iter_child_nodes(node))
    return counts
