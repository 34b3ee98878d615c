"""Routes a request hook or a middleware lets through before it decides: its exemption lists.

A hook that returns early for some routes (`if request.endpoint in PUBLIC_ENDPOINTS: return`, `if
request.path in OPEN_PATHS: return`, `if view_func.__name__ in settings.OPEN_VIEWS: return None`, a Django
middleware's `if request.path.startswith(tuple(EXEMPT)): return self.get_response(request)`), or decides only
for the routes a list does not name (`if request.blueprint not in OPEN and not current_user.is_authenticated:
abort(401)`), protects every route but those. The list is resolved when it is written in the code: a string,
a tuple, list, set or frozenset of them (also through `tuple(...)`, `frozenset(...)`, `+`), a constant of the
module or of another module of the project, an attribute of the middleware's class (`self.OPEN`), or a
Django setting (`settings.OPEN_VIEWS`, read in the project's settings modules). A list read from anything
else (`current_app.config["PUBLIC"]`, a database) may name any route: the hook then protects none.

An exemption is `(kind, mode, word)`: kind `path` (the request's path), `endpoint` (Flask's endpoint, a
Django URL name, a route's name), `blueprint`, or `function` (the view function's `__name__`); mode `exact`
or `prefix` (`startswith`).
"""

from __future__ import annotations

import ast
from collections.abc import Sequence
from dataclasses import dataclass, replace

from guidelint.knowledge import Authorization
from guidelint.semantic.access import assignments, decision, lookup, name_of, refuses_branch, resolve
from guidelint.semantic.pathscope import ENDPOINTS, PATHS, reads_address
from guidelint.semantic.project import Project
from guidelint.semantic.scoped import Scope, covers

Function = ast.FunctionDef | ast.AsyncFunctionDef
Exemption = tuple[str, str, str]  # (kind, mode, word)
Exempt = tuple[Exemption, ...]

_ROUTE_OBJECTS = frozenset({"route", "url_rule", "resolver_match", "matched_route"})  # .name, .rule of these
_CONTAINERS = frozenset({"tuple", "list", "set", "frozenset", "sorted"})
_DEPTH = 4


def exemptions(
    project: Project,
    module: str,
    func: Function,
    markers: Authorization,
    cls: ast.ClassDef | None = None,
    depth: int = 1,
) -> Exempt | None:
    """The routes `func` lets through before it decides (see the module's docstring), also those a function of
    the project it calls as a statement lets through before deciding for it (`require_login()`, one level): ()
    when none, None when it names some by a value that is not written in the code."""
    found: list[Exemption] = []
    bound: dict[str, ast.expr] = {}
    for statement in func.body:
        called = _called(project, module, statement) if depth > 0 else None
        if called is not None and decision(called[1], markers) is not None:  # a helper deciding: its list counts
            inner = exemptions(project, called[0], called[1], markers, None, depth - 1)
            if inner is None:
                return None
            found.extend(inner)
        if isinstance(statement, ast.Assign) and len(statement.targets) == 1:
            target = statement.targets[0]
            if isinstance(target, ast.Name):
                bound[target.id] = statement.value
        for test, lets in _tests(statement, bound, markers):
            listed_words = _listed(project, module, cls, test, lets, bound)
            if listed_words is None:
                return None
            found.extend(listed_words)
    return tuple(found)


def _tests(statement: ast.stmt, bound: dict[str, ast.expr], markers: Authorization) -> list[tuple[ast.expr, bool]]:
    """The tests of an `if` of the function's body, or of one in the body of a loop over a list (the loop's name
    then stands for each of the list's items: `for prefix in EXEMPT: if request.path.startswith(prefix): return`),
    each with whether its branch lets the request through (returns without refusing)."""
    found: list[tuple[ast.expr, bool]] = []
    branches = [statement] if isinstance(statement, ast.If) else []
    if isinstance(statement, (ast.For, ast.AsyncFor)) and isinstance(statement.target, ast.Name):
        bound[statement.target.id] = statement.iter
        branches = [s for s in statement.body if isinstance(s, ast.If)]
    for branch in branches:
        lets = any(isinstance(s, ast.Return) for s in branch.body) and not refuses_branch(branch.body, markers)
        found.append((branch.test, lets))
    return found


def _listed(
    project: Project, module: str, cls: ast.ClassDef | None, test: ast.expr, lets: bool, bound: dict[str, ast.expr]
) -> list[Exemption] | None:
    """The exemptions a test of a branch names (see `exemptions`), None when its list is not written in the code."""
    found: list[Exemption] = []
    if lets:  # `if <address in list> [or ...]: return`: the listed addresses skip what follows
        parts = _conditions(test)
        tests = [_comparison(p, bound, positive=True) for p in parts]
        if any(t is None and _unread(p) for p, t in zip(parts, tests, strict=True)):
            return None  # `if is_public(request.path): return`: which routes it lets through is not read
    else:  # `if <address not in list> and <check>: refuse`: the listed addresses skip the check
        parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
        tests = [_comparison(p, bound, positive=False) for p in parts]
    for compared in tests:
        if compared is None:
            continue
        kind, mode, listed = compared
        if isinstance(listed, ast.Name) and listed.id in bound:  # a list the function builds first, a loop's item
            listed = bound[listed.id]
        words = _words(project, module, cls, listed, _DEPTH) if kind else None
        if words is None:
            return None
        found.extend((kind, mode, w) for w in words)
    return found


def _conditions(test: ast.expr) -> list[ast.expr]:
    """The conditions of a test through its `and`s and `or`s: each may be what lets a route through (read
    as if alone, a branch lets more routes through than it does, never fewer)."""
    if isinstance(test, ast.BoolOp):
        return [c for value in test.values for c in _conditions(value)]
    return [test]


def _unread(condition: ast.expr) -> bool:
    """A condition on where the request goes that is not read as a list (`is_public(request.path)`). A bare
    address (`request.endpoint and ...`), a `not ...` (a scope: semantic.scoped) and a comparison with None
    (a request no route matched) let no route through by themselves."""
    if isinstance(condition, (ast.Name, ast.Attribute)):
        return False
    if isinstance(condition, ast.UnaryOp) and isinstance(condition.op, ast.Not):
        return False
    if isinstance(condition, ast.Compare) and any(
        isinstance(o, ast.Constant) and o.value is None for o in (condition.left, *condition.comparators)
    ):
        return False
    return reads_address(condition)


def _called(project: Project, module: str, statement: ast.stmt) -> tuple[str, Function] | None:
    """The function of the project a statement calls (`check()`, `return check()`, `await check()`): its module
    and definition."""
    value = statement.value if isinstance(statement, (ast.Expr, ast.Return)) else None
    value = value.value if isinstance(value, ast.Await) else value
    name = name_of(value) if isinstance(value, ast.Call) else ""
    if not name or name.startswith(("self.", "cls.")):
        return None
    qualified = resolve(project, module, name)
    target = lookup(project, qualified)
    return (
        (qualified.rpartition(".")[0], target) if isinstance(target, (ast.FunctionDef, ast.AsyncFunctionDef)) else None
    )


def _comparison(test: ast.expr, bound: dict[str, ast.expr], positive: bool) -> tuple[str, str, ast.expr] | None:
    """(kind, mode, the list) of a test that the request's address is (`positive`) or is not among a list;
    kind "" for an address tested in a way that is not read (a regular expression); None for another test."""
    if not positive and isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return _comparison(test.operand, bound, positive=True)
    if isinstance(test, ast.Call) and name_of(test) in ("any", "all") and len(test.args) == 1:
        each = test.args[0]  # any(request.path.startswith(p) for p in EXEMPT): p stands for each item
        if isinstance(each, ast.GeneratorExp) and len(each.generators) == 1:
            loop = each.generators[0]
            if isinstance(loop.target, ast.Name) and (name_of(test) == "any") == positive:
                bound[loop.target.id] = loop.iter
                return _comparison(each.elt, bound, positive)
        return None
    if isinstance(test, ast.Compare) and len(test.ops) == 1:
        op = test.ops[0]
        wanted = (ast.In, ast.Eq) if positive else (ast.NotIn, ast.NotEq)
        if not isinstance(op, wanted):
            return None
        left, right = test.left, test.comparators[0]
        kind = _kind(left, bound)
        if not kind and isinstance(op, (ast.Eq, ast.NotEq)):
            kind, right = _kind(right, bound), left
        return (kind, "exact", right) if kind else None
    if positive and isinstance(test, ast.Call) and isinstance(test.func, ast.Attribute):
        method = test.func.attr
        if method == "startswith" and len(test.args) == 1:
            kind = _kind(test.func.value, bound)
            return (kind, "prefix", test.args[0]) if kind else None
        if method in ("endswith", "match", "fullmatch", "search") and any(
            _kind(e, bound) for e in (test.func.value, *test.args)
        ):
            return ("", "", test)  # tested by a pattern: which routes it lets through is not read
    return None


def _kind(expr: ast.expr, bound: dict[str, ast.expr], depth: int = 0) -> str:
    """What part of the request's address an expression reads: path, endpoint, blueprint, function; "" for
    anything else."""
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr in ("lower", "strip"):
        return _kind(expr.func.value, bound, depth)
    if isinstance(expr, ast.Name) and expr.id in bound and depth < _DEPTH:
        return _kind(bound[expr.id], bound, depth + 1)
    if not isinstance(expr, ast.Attribute):
        return ""
    owner = expr.value.attr if isinstance(expr.value, ast.Attribute) else ""
    if expr.attr == "__name__":
        return "function"
    if expr.attr == "blueprint":
        return "blueprint"
    if expr.attr in ENDPOINTS or (expr.attr == "name" and owner in _ROUTE_OBJECTS):
        return "endpoint"
    if expr.attr in PATHS or (expr.attr == "rule" and owner in _ROUTE_OBJECTS):
        return "path"
    return ""


def _words(project: Project, module: str, cls: ast.ClassDef | None, expr: ast.expr, depth: int) -> list[str] | None:
    """The strings a list written in the code holds; None when it is not one."""
    if depth <= 0:
        return None
    more = depth - 1
    if isinstance(expr, ast.Constant):
        return [expr.value] if isinstance(expr.value, str) else None
    if isinstance(expr, (ast.Tuple, ast.List, ast.Set)):
        parts = [_words(project, module, cls, e, more) for e in expr.elts]
        return None if any(p is None for p in parts) else [w for p in parts for w in p or ()]
    if isinstance(expr, ast.BinOp) and isinstance(expr.op, (ast.Add, ast.BitOr)):
        left, right = _words(project, module, cls, expr.left, more), _words(project, module, cls, expr.right, more)
        return None if left is None or right is None else left + right
    if isinstance(expr, ast.Call) and isinstance(expr.func, ast.Name) and expr.func.id in _CONTAINERS:
        if not expr.args:
            return []
        return _words(project, module, cls, expr.args[0], more) if len(expr.args) == 1 else None
    name = name_of(expr) if isinstance(expr, (ast.Name, ast.Attribute)) else ""
    if not name:
        return None
    if name.startswith(("self.", "cls.")) and cls is not None:
        value = _class_constant(cls, name.partition(".")[2])
        return _words(project, module, cls, value, more) if value is not None else None
    qualified = resolve(project, module, name)
    if qualified.startswith("django.conf.settings."):
        return _setting_words(project, qualified.rsplit(".", 1)[-1], more)
    owner, _, attribute = qualified.rpartition(".")
    return _module_words(project, owner, attribute, more) if owner else None


_ADDERS = frozenset({"append", "add", "extend", "update", "insert"})


def _module_words(project: Project, module: str, name: str, depth: int) -> list[str] | None:
    """The strings a list of a module holds: its assignment and what the module adds to it (`_additions`);
    None when either is not written in the code."""
    value = assignments(project, module).get(name)
    words = _words(project, module, None, value, depth) if value is not None else None
    added = _additions(project, module, name, depth)
    return None if words is None or added is None else words + added


def _additions(project: Project, module: str, name: str, depth: int) -> list[str] | None:
    """What a module adds to its list `name` anywhere (`PUBLIC += [...]`, `PUBLIC.append("health")`, also in
    a branch or a function: counting an addition made only sometimes lets through more routes, never
    fewer); None when an addition is not written in the code."""
    tree = project.tree(module)
    found: list[str] = []
    for node in ast.walk(tree) if tree is not None else ():
        added: ast.expr | None = None
        if isinstance(node, ast.AugAssign) and isinstance(node.target, ast.Name) and node.target.id == name:
            added = node.value
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _ADDERS
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == name
            and node.args
        ):
            added = node.args[-1]
        if added is not None:
            words = _words(project, module, None, added, depth)
            if words is None:
                return None
            found.extend(words)
    return found


def _class_constant(cls: ast.ClassDef, name: str) -> ast.expr | None:
    for statement in cls.body:
        if isinstance(statement, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == name for t in statement.targets
        ):
            return statement.value
    return None


def _setting_words(project: Project, name: str, depth: int) -> list[str] | None:
    """The strings a Django setting holds: as the first settings module of the project that assigns it
    writes it, with what every settings module adds to it (`OPEN_VIEWS += [...]` in a production module);
    None when not written in the code."""
    modules = project.settings_modules()
    assigning = next((m for m in modules if name in assignments(project, m)), None)
    if assigning is None:
        return None
    words = _module_words(project, assigning, name, depth)
    for module in modules:
        added = _additions(project, module, name, depth) if module != assigning and words is not None else []
        words = None if words is None or added is None else words + added
    return words


@dataclass(frozen=True)
class Address:
    """Where a route is, as far as the model knows: its full path ("" when not known), endpoint (Flask's
    endpoint or the function's name; Django URL names), blueprint name (None when the route's blueprint is
    not known, "" for an app's own route) and function name."""

    path: str = ""
    endpoints: tuple[str, ...] = ()
    blueprint: str | None = ""
    function: str = ""
    endpoints_known: bool = True


def lets_through(exempt: Exempt, address: Address, paths: Sequence[str] = ()) -> bool:
    """The route may be one the exemptions let through: it is listed, or what it would be compared on is not
    known (fail closed). Given `paths`, the full path of each route to the handler: any of them."""
    addresses = [replace(address, path=p) for p in paths] if paths else [address]
    return any(_may_match(e, a) for a in addresses for e in exempt)


def _may_match(exemption: Exemption, address: Address) -> bool:
    kind, mode, word = exemption
    if kind == "path":
        return _path_may_match(address.path, mode, word)
    if kind == "blueprint":
        if address.blueprint is None:
            return True
        return bool(address.blueprint) and _matches(address.blueprint, mode, word)
    if kind == "function":
        return _matches(address.function, mode, word)
    if not address.endpoints_known:
        return True
    last = word.rsplit(".", 1)[-1].rsplit(":", 1)[-1]  # "auth.login", "control:auth.login": the route's own name
    return any(_matches(e, mode, word) or (mode == "exact" and e == last) for e in address.endpoints)


def _matches(value: str, mode: str, word: str) -> bool:
    return value.startswith(word) if mode == "prefix" else value == word


def _path_may_match(path: str, mode: str, word: str) -> bool:
    """A route path (`/status/<part>`) may be the exempted address: its fixed head decides when the word ends
    before the first variable part; a path that is not known may be any."""
    if not path.startswith("/"):
        return True
    cut = min((path.find(c) for c in "<{:*" if c in path), default=-1)
    head = path if cut < 0 else path[:cut]
    if mode == "prefix":
        return head.startswith(word) or (cut >= 0 and word.startswith(head))
    if cut < 0:
        return path == word
    return word.startswith(head)


def decides_for(scope: Scope, exempt: Exempt, address: Address) -> bool:
    """A decision made for the addresses of `scope` (() for all) but those `exempt` lets through is made for
    the route at `address`."""
    if scope and not covers(scope, address.path):
        return False
    return not lets_through(exempt, address)


def blueprint_name(project: Project, qualified: str) -> str | None:
    """The name a blueprint (qualified) is built with, `Blueprint("pages", __name__)` -> "pages"; "" for an
    app built by another call (`Flask(__name__)`: its own routes are on no blueprint); None when not known."""
    owner, _, name = qualified.rpartition(".")
    value = assignments(project, owner).get(name) if owner else None
    if not isinstance(value, ast.Call):
        return None
    if name_of(value).rsplit(".", 1)[-1] != "Blueprint":
        return ""
    first = value.args[0] if value.args else next((k.value for k in value.keywords if k.arg == "name"), None)
    return first.value if isinstance(first, ast.Constant) and isinstance(first.value, str) else None
