"""Names and what they are bound to: the assignments of a function or module body, in order."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import libcst as cst

from guidelint.cst.api import Context
from guidelint.cst.children import Derived, children, children_in_order, descendants
from guidelint.semantic.constants import NOT_CONSTANT, constant_value
from guidelint.semantic.names import dotted

_NOT_CONSTANT = NOT_CONSTANT


@dataclass(frozen=True)
class Assignment:
    """An assignment statement binding a name (see `assignments`)."""

    name: str  # a plain name, or a dotted attribute target such as "self.context"
    node: cst.Assign | cst.AnnAssign | cst.AugAssign  # the statement
    value: cst.BaseExpression | None  # the assigned value (`+=`: the right operand); None for a bare `x: int`
    top_level: bool  # a statement on a line directly in the body, not nested in if/for/while/with/try


_STATEMENT_TARGETS = (cst.Assign, cst.AssignTarget, cst.AugAssign, cst.AnnAssign)  # bind when `_add` runs
# node classes compared by their type (none has subclasses: no ABCMeta `isinstance` on the walk's every node)
_ASSIGNMENTS = frozenset({cst.Assign, cst.AnnAssign, cst.AugAssign})
_DEFINITIONS = frozenset({cst.FunctionDef, cst.ClassDef})
_BINDERS = frozenset(
    {
        *(cst.AssignTarget, cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr, cst.WithItem),
        *(cst.ExceptHandler, cst.FunctionDef, cst.ClassDef, cst.Import, cst.ImportFrom, cst.Global, cst.Nonlocal),
    }
)
_EXPRESSION = Derived(cst.BaseExpression)
_EXPRESSION_OR_TARGET = Derived(cst.BaseExpression, *_STATEMENT_TARGETS)


class _Bindings:
    """The assignments of one function or module body, in the order they take effect (one walk of its
    statements, skipping nested functions and classes: their names live in other namespaces)."""

    def __init__(self, scope: cst.Module | cst.FunctionDef) -> None:
        self.scope = scope
        self.assignments: list[Assignment] = []
        self.by_name: dict[str, list[int]] = {}  # name -> indices into `assignments`
        self.entered: dict[int, int] = {}  # id(node) -> how many assignments took effect before it is reached
        # the order in which the walk reaches statements and bindings take effect: id(node) -> step, per
        # assignment its step, and per name the steps of its other bindings (a loop, unpacking, `with ... as`,
        # `except ... as`, an import, a nested def or class; not `:=` inside expressions)
        self.clock = 0
        self.step: dict[int, int] = {}
        self.assignment_steps: list[int] = []
        self.other_steps: dict[str, list[int]] = {}
        # statements on lines of their own directly in the body (a one-line `def f(): x = 1` has none)
        lines = scope.body if isinstance(scope, cst.Module) else getattr(scope.body, "body", ())
        top = {id(s) for line in lines if isinstance(line, cst.SimpleStatementLine) for s in line.body}
        stack: list[tuple[cst.CSTNode, bool]] = [(scope, False)]
        while stack:
            node, assigned = stack.pop()
            if assigned:  # the statement's value was walked: now it binds
                self._add(node, id(node) in top)
                continue
            self.entered[id(node)] = len(self.assignments)
            self.clock += 1
            self.step[id(node)] = self.clock
            kind = type(node)
            if node is not scope and not _EXPRESSION_OR_TARGET[kind]:
                for name in bound_names(node):  # a loop's, `with`'s or import's binding, as it is entered
                    self.other_steps.setdefault(name, []).append(self.clock)
            if _EXPRESSION[kind] or (node is not scope and kind in _DEFINITIONS):
                continue  # no statements in expressions; nested definitions are other namespaces
            if kind in _ASSIGNMENTS:
                stack.append((node, True))
            stack.extend((child, False) for child in reversed(children_in_order(node)))

    def _add(self, node: cst.CSTNode, top_level: bool) -> None:
        if isinstance(node, cst.Assign):
            targets = [t.target for t in node.targets]
            value: cst.BaseExpression | None = node.value
        elif isinstance(node, (cst.AnnAssign, cst.AugAssign)):
            targets, value = [node.target], node.value
        else:
            return
        self.clock += 1  # the statement binds after its value is worked out
        for target in targets:
            pairs = parallel(target, value) if value is not None else None
            for element, given in pairs or ():  # a, b = x, y: a is bound to x, b to y
                self._bind(dotted(element) or "", node, given, top_level)
            name = dotted(target) if pairs is None else None
            if name is not None:
                self._bind(name, node, value, top_level)
            elif pairs is None:  # a, b = ...: a binding whose value is not told
                for unpacked in _target_names(target):
                    self.other_steps.setdefault(unpacked, []).append(self.clock)

    def _bind(self, name: str, node: cst.Assign | cst.AnnAssign | cst.AugAssign, value: Any, top: bool) -> None:
        self.by_name.setdefault(name, []).append(len(self.assignments))
        self.assignments.append(Assignment(name, node, value, top))
        self.assignment_steps.append(self.clock)

    def position(self, node: cst.CSTNode, ancestors: list[cst.CSTNode]) -> tuple[int, int] | None:
        """How many assignments took effect before `node` (a statement of this body, or the node being
        checked or one inside it, found through its ancestors), and the walk's step there; None when it
        is not in this body."""
        for candidate in (node, *reversed(ancestors)):
            entered = self.entered.get(id(candidate))
            if entered is None:
                continue
            if (
                candidate is not node
                and candidate is not self.scope
                and isinstance(candidate, (cst.FunctionDef, cst.ClassDef))
            ):
                return None  # inside a nested function or class
            return entered, self.step[id(candidate)]
        return None

    def rebound(self, name: str, index: int, step: int) -> bool:
        """Whether `name` is bound otherwise after assignment `index` took effect and before `step`."""
        after = self.assignment_steps[index]
        return any(after < other < step for other in self.other_steps.get(name, ()))


def _bindings(ctx: Context, scope: cst.Module | cst.FunctionDef | None) -> _Bindings:
    scope = scope if scope is not None else ctx.function or ctx.module
    key = ("guidelint.cst.assignments", id(scope))
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = _Bindings(scope)
    assert isinstance(found, _Bindings)
    return found


def assignments(
    ctx: Context, name: str | None = None, scope: cst.Module | cst.FunctionDef | None = None
) -> list[Assignment]:
    """The assignment statements (`=`, annotated, augmented) that bind `name` (every name when None) in the
    body of `scope` (default: the function being checked, else the module), in source order.

    Only plain names and dotted attribute targets (`self.ctx = ...`) are listed, also of a parallel assignment
    of a display (`a, b = x, y`: a to x, b to y); other tuple unpacking, `for`, `with ... as`, imports and `:=`
    are not. Nested functions and classes are not part of a body. The
    facts are worked out once per body and file.
    """
    bindings = _bindings(ctx, scope)
    if name is None:
        return list(bindings.assignments)
    return [bindings.assignments[i] for i in bindings.by_name.get(name, ())]


def last_assignment(
    ctx: Context, name: str, before: cst.CSTNode, scope: cst.Module | cst.FunctionDef | None = None
) -> Assignment | None:
    """The assignment to `name` that took effect last before `before` is reached, in source order.

    `before` is the node being checked (or a node inside it), or a statement of `scope` (default: the
    function being checked, else the module), such as another assignment's `node`. None when there is no
    such assignment, the name was bound otherwise since (a loop, unpacking, `with ... as`, an import: its
    value is not an assignment's), or `before` lies in a class or function nested in the scope.
    """
    bindings = _bindings(ctx, scope)
    indices = bindings.by_name.get(name)
    position = bindings.position(before, ctx.ancestors) if indices else None
    if not indices or position is None:
        return None
    count, step = position
    index = bisect_left(indices, count)
    if not index or bindings.rebound(name, indices[index - 1], step):
        return None  # none yet, or a loop, unpacking or `with` bound it since
    return bindings.assignments[indices[index - 1]]


def reaching(ctx: Context, name: str, at: cst.CSTNode) -> list[Assignment]:
    """The assignments to `name` in the function being checked that may have taken effect when `at` (the node
    being checked or one inside it, or a statement of the function) is reached: those before it in source
    order, and those inside a loop (a later iteration runs them first). All of them when `at` is not in the
    function's body, or none comes before it (a name used before its assignment is no local's value)."""
    bindings = _bindings(ctx, None)
    indices = bindings.by_name.get(name, [])
    position = bindings.position(at, ctx.ancestors) if indices else None
    if position is None:
        return [bindings.assignments[i] for i in indices]
    count = position[0]
    if not indices or indices[0] >= count:
        return [bindings.assignments[i] for i in indices]
    looped = _in_loops(ctx, bindings.scope) if indices[-1] >= count else frozenset()
    return [bindings.assignments[i] for i in indices if i < count or id(bindings.assignments[i].node) in looped]


def _in_loops(ctx: Context, scope: cst.Module | cst.FunctionDef) -> frozenset[int]:
    """The ids of the assignment statements inside a `for` or `while` loop of `scope` (walked once)."""
    key = ("guidelint.cst.in_loops", id(scope))
    found = ctx.memo.get(key)
    if found is None:
        ids: set[int] = set()
        stack: list[tuple[cst.CSTNode, bool]] = [(scope, False)]
        while stack:
            node, looped = stack.pop()
            kind = type(node)
            if looped and kind in _ASSIGNMENTS:
                ids.add(id(node))
            if _EXPRESSION[kind] or (node is not scope and kind in _DEFINITIONS):
                continue
            inner = looped or kind in (cst.For, cst.While)
            stack.extend((child, inner) for child in children(node))
        found = ctx.memo[key] = frozenset(ids)
    assert isinstance(found, frozenset)
    return found


def assigned_value(ctx: Context, name: str, before: cst.CSTNode) -> cst.BaseExpression | None:
    """The value last assigned to the local (or, at module level, global) `name` before `before`, the node
    being checked: `query` in `query = "SELECT ..."; cursor.execute(query)`.

    None when nothing was assigned before it in the function being checked (module), or the last binding
    is an augmented assignment (`query += ...`), a bare annotation, or no assignment statement (a loop,
    unpacking, `with ... as` bound it since). See `last_assignment`.
    """
    found = last_assignment(ctx, name, before)
    return None if found is None or isinstance(found.node, cst.AugAssign) else found.value


def parameter(function: cst.FunctionDef | None, name: str) -> cst.Param | None:
    """The parameter of `function` called `name` (positional, keyword-only; not *args/**kwargs), or None."""
    if function is None:
        return None
    params = function.params
    return next(
        (p for p in (*params.posonly_params, *params.params, *params.kwonly_params) if p.name.value == name), None
    )


def bound_value(
    ctx: Context, name: str, where: Callable[[Assignment], bool] | None = None
) -> cst.BaseExpression | None:
    """The one value `name` is ever assigned: in the function being checked when it assigns the name there,
    else at module level (`IV = b"..."` used inside a function).

    None for a parameter of the function, a name assigned more than once or by an augmented assignment,
    one also bound otherwise (see `bound_otherwise`), or one never assigned. `where` limits the assignments
    that count, e.g. to `top_level` ones.
    """
    scopes: list[cst.Module | cst.FunctionDef] = [ctx.module]
    function = ctx.function
    if function is not None:
        if parameter(function, name) is not None:
            return None
        scopes.insert(0, function)
    for scope in scopes:
        found = [a for a in assignments(ctx, name, scope) if where is None or where(a)]
        if found:
            alone = len(found) == 1 and name not in bound_otherwise(ctx, scope)
            return found[0].value if alone and not isinstance(found[0].node, cst.AugAssign) else None
    return None


def module_constant(ctx: Context, expr: str | cst.BaseExpression) -> Any:
    """The value `expr` has as a constant of the module, else `NOT_CONSTANT`: a literal's value (see
    `constant_value`), or for a name (a `Name` node or the name itself) the literal it is assigned exactly
    once, by a plain or annotated assignment on its own line at the top of the module, when no parameter or
    import shadows it where it is used. Augmented assignments (`CMD += " -v"`) are not counted.
    """
    if isinstance(expr, str):
        name = expr
    elif isinstance(expr, cst.Name) and expr.value not in ("True", "False", "None"):
        name = expr.value
    else:
        return constant_value(expr)
    if any(name in scope.names for scope in ctx.scopes):
        return _NOT_CONSTANT
    values = [
        a.value for a in assignments(ctx, name, ctx.module) if a.top_level and not isinstance(a.node, cst.AugAssign)
    ]
    return constant_value(values[0]) if len(values) == 1 else _NOT_CONSTANT


def names_bound(scope: cst.CSTNode, is_value: Callable[[cst.BaseExpression], bool]) -> set[str]:
    """Names and dotted targets (`self.archive`) that `scope` binds, by assignment or `with ... as`, to a value
    `is_value` accepts; nested functions are left out. `with zipfile.ZipFile(p) as z` binds `z`."""
    names: set[str] = set()
    stack: list[cst.CSTNode] = [scope]
    while stack:
        node = stack.pop()
        if node is not scope and isinstance(node, cst.FunctionDef):
            continue
        if isinstance(node, cst.Assign) and is_value(node.value):
            names.update(t for t in (dotted(target.target) for target in node.targets) if t is not None)
        elif isinstance(node, cst.WithItem) and node.asname is not None and is_value(node.item):
            target = dotted(node.asname.name) if isinstance(node.asname.name, cst.BaseExpression) else None
            if target is not None:
                names.add(target)
        stack.extend(children(node))
    return names


def opened_by_with(ctx: Context, name: str) -> cst.BaseExpression | None:
    """The expression `with EXPR as name:` binds `name` to in the function being checked (else the module),
    when that is the one binding of the name there (no assignment, parameter or second `with` rebinds it):
    `with open(PATH, "rb") as handle` gives `open(PATH, "rb")` for `handle`."""
    scope: cst.Module | cst.FunctionDef = ctx.function or ctx.module
    if isinstance(scope, cst.FunctionDef) and parameter(scope, name) is not None:
        return None
    found = binders(scope, name, nested=False)
    return found[0].item if len(found) == 1 and isinstance(found[0], cst.WithItem) else None


def binders(scope: cst.CSTNode, name: str, nested: bool) -> list[cst.CSTNode]:
    """The nodes of `scope` that bind `name`: an assignment (`=`, `+=`, annotated, unpacking), a `for`,
    comprehension, `with ... as` or `:=` target, a `def` or `class` of that name, an import of it, a
    `global` or `nonlocal` naming it. `nested=False` leaves out the bodies of nested functions, classes
    and lambdas (other namespaces); `nested=True` counts them too, for a caller that wants to know
    whether anything in the code could rebind the name."""
    return [node for node in _walk(scope, nested) if name in bound_names(node)]


def bound_otherwise(ctx: Context, scope: cst.Module | cst.FunctionDef) -> frozenset[str]:
    """The names `scope` binds other than by an assignment statement to the plain name (`x = ...`,
    `x += ...`, `x: T = ...`): by unpacking, a loop, `with ... as`, `:=`, an import, a `def` or a `class`.
    Such a name's assignments do not tell all the values it takes (`sql = "..."` and later
    `for sql in statements:`). Worked out once per body and file."""
    key = ("guidelint.cst.bound_otherwise", id(scope))
    found = ctx.memo.get(key)
    if found is None:
        plain = (cst.AssignTarget, cst.AugAssign, cst.AnnAssign)
        nodes = list(_walk(scope, nested=False))
        paired = {  # a, b = x, y: each name is assigned its value, as by a statement of its own
            id(t)
            for node in nodes
            if isinstance(node, cst.Assign)
            for t in node.targets
            if parallel(t.target, node.value)
        }
        found = ctx.memo[key] = frozenset(
            bound
            for node in nodes
            if not (isinstance(node, plain) and isinstance(node.target, cst.Name)) and id(node) not in paired
            for bound in bound_names(node)
        )
    assert isinstance(found, frozenset)
    return found


def scope_nodes(scope: cst.CSTNode) -> Iterator[cst.CSTNode]:
    """The nodes of a body and the definitions in it, not the bodies of those (their own scopes)."""
    return _walk(scope, nested=False)


def _walk(scope: cst.CSTNode, nested: bool) -> Iterator[cst.CSTNode]:
    stack: list[cst.CSTNode] = [scope]
    while stack:
        node = stack.pop()
        yield node
        if not nested and node is not scope and isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda)):
            continue
        stack.extend(children(node))


def bound_names(node: cst.CSTNode) -> list[str]:
    """The names a node binds in its namespace (none for a node that binds nothing)."""
    if type(node) not in _BINDERS:
        return []
    if isinstance(node, (cst.AssignTarget, cst.AugAssign, cst.AnnAssign, cst.For, cst.CompFor, cst.NamedExpr)):
        return _target_names(node.target)
    if isinstance(node, cst.WithItem) and node.asname is not None:
        return _target_names(node.asname.name)
    if isinstance(node, cst.ExceptHandler) and node.name is not None:
        return _target_names(node.name.name)
    if isinstance(node, (cst.FunctionDef, cst.ClassDef)):
        return [node.name.value]
    if isinstance(node, (cst.Import, cst.ImportFrom)) and not isinstance(node.names, cst.ImportStar):
        return [_alias_name(alias) for alias in node.names]
    if isinstance(node, (cst.Global, cst.Nonlocal)):
        return [item.name.value for item in node.names]
    return []


def parallel(
    target: cst.BaseExpression, value: cst.BaseExpression
) -> list[tuple[cst.BaseExpression, cst.BaseExpression]] | None:
    """`a, b = x, y`: each target (a plain name or a dotted attribute) with the value it is bound to, when
    both sides are displays of as many items without a starred one; else None. The values are all worked
    out before any is bound, so `value, term = esc(value), esc(term)` escapes what the names held before; an
    item that reads another target (`a, b = b, a`, a swap) is not told apart from it: None."""
    if not isinstance(target, (cst.Tuple, cst.List)) or not isinstance(value, (cst.Tuple, cst.List)):
        return None
    if len(target.elements) != len(value.elements) or not target.elements:
        return None
    if any(isinstance(e, cst.StarredElement) for e in (*target.elements, *value.elements)):
        return None
    pairs = [(t.value, v.value) for t, v in zip(target.elements, value.elements, strict=True)]
    names = [dotted(t) for t, _ in pairs]
    if any(n is None for n in names):
        return None
    for i, (_, given) in enumerate(pairs):  # a, b = b, a: each is the other's old value, no value of its own
        read = {dotted(n) for n in descendants(given) if isinstance(n, (cst.Name, cst.Attribute))}
        if read & {n for j, n in enumerate(names) if j != i}:
            return None
    return pairs


def _target_names(target: cst.BaseExpression) -> list[str]:
    """The names an assignment target binds: `a`, each of `a, (b, *c)`; not `obj.attr` or `d[k]`."""
    if isinstance(target, cst.Name):
        return [target.value]
    if isinstance(target, (cst.Tuple, cst.List)):
        return [n for element in target.elements for n in _target_names(element.value)]
    if isinstance(target, cst.StarredElement):
        return _target_names(target.value)
    return []


def _alias_name(alias: cst.ImportAlias) -> str:
    if alias.asname is not None:
        return alias.asname.name.value if isinstance(alias.asname.name, cst.Name) else ""
    bound: cst.BaseExpression = alias.name
    while isinstance(bound, cst.Attribute):  # `import a.b` binds `a`
        bound = bound.value
    return bound.value if isinstance(bound, cst.Name) else ""
