"""Object-level authorization: a view that reads what it shows through the requesting user's access decides,
for each caller, what that caller may see (an anonymous user sees the public subset). Read with `ast` from a
function view and the project functions it hands the requesting user to, or from a Django class-based view
and its bases in the project, for ACC103.

What counts (the knowledge base's `authorization`: `scopes`, `requesters`, fnmatch patterns on last names):
- the requesting user is an expression of `requesters`, as written (`request.user`, `self.request.user`,
  `current_user`), or a local every assignment of which is one (`user = request.user`); a user the request
  names (`User.objects.get(pk=request.GET["id"])`, `form.cleaned_data["owner"]`) is not;
- a scope is an attribute of the requesting user named like one (`request.user.allowed_projects`), or a call
  named like one given the requesting user (`Translation.objects.filter_access(request.user)`), in the view or
  in a function of the project it gives the requesting user to, two levels down (`fetch_lists(request.user)`,
  whose parameter `user` then is the requester there); predicates (`is_*`, `has_*`, `can_*`) are checks, not
  scopes, and so is a scope's name read as a truth value (`if request.user.allowed_to_export:`); reading the
  user's name decides nothing.

Scoping decides what a view shows, not what it changes. A view that scopes is authorized only when it changes
nothing without a decision: every branch it takes for a writing request method (`if request.method == "POST"`)
has a check in its test (`and user.has_perm("x")`) or decides in its body, nothing else writes records
(`save()`, `delete()`, `create()`, a queryset's `update(field=...)`), and it is not a view for writing methods
only (`@require_POST`, `methods=["POST"]`). A class-based view's own writing methods (`post`, `put`, `patch`,
`delete`, its or a base's in the project) each decide, and its bases outside the project are Django's generic
views whose writing requests are known: the reading ones (`ListView`, `DetailView`...), and the editing ones
(`UpdateView`, `FormView`...) only when the project's `post` overrides theirs; any other base may write.
"""

from __future__ import annotations

import ast
import copy
from collections.abc import Callable
from typing import TypeGuard

from guidelint.knowledge import Authorization, matches_last
from guidelint.semantic.access import Function, ancestors, called_decision, checks_in, lookup, name_of, resolve
from guidelint.semantic.project import Project
from guidelint.semantic.summary import own_nodes

WRITING = frozenset({"POST", "PUT", "PATCH", "DELETE"})
"""Request methods that change state."""
READING = frozenset({"GET", "HEAD", "OPTIONS"})
WRITES = frozenset({"save", "delete", "create", "bulk_create", "bulk_update", "get_or_create", "update_or_create"})
"""Methods that change stored records (and `update(field=value)` with keywords only: a queryset's, not a dict's)."""
PREDICATES = ("is_", "has_", "can_")
_GENERIC = "django.views.generic"
READING_VIEWS = frozenset(
    f"{_GENERIC}{module}.{name}"
    for module in ("", ".base", ".list", ".detail", ".dates")
    for name in (
        *("View", "TemplateView", "RedirectView", "ListView", "DetailView", "ArchiveIndexView", "YearArchiveView"),
        *("MonthArchiveView", "WeekArchiveView", "DayArchiveView", "TodayArchiveView", "DateDetailView"),
    )
)
"""Django's generic views that answer reading requests only (with the classes the project adds)."""
EDITING_VIEWS = frozenset(
    f"{_GENERIC}{module}.{name}"
    for module in ("", ".edit")
    for name in (
        *("FormView", "CreateView", "UpdateView", "DeleteView", "BaseFormView", "BaseCreateView"),
        *("BaseUpdateView", "BaseDeleteView", "ProcessFormView"),
    )
)
"""Django's generic views whose `post` changes state (a form saved, an object deleted)."""
_CLASS_WRITING = ("post", "put", "patch", "delete")


def scoped_view(project: Project, module: str, func: Function, markers: Authorization) -> str | None:
    """The scope through which a function view reads what it shows ("request.user.allowed_projects",
    "fetch_lists(): filter_access(user)"), when it changes nothing without a decision; else None."""
    if not markers.scopes or not markers.requesters or writing_only(func):
        return None
    if unguarded_change(project, module, func, markers) is not None:
        return None
    return called_scope(project, module, func, markers, set())


def scoped_class(project: Project, qualified: str, markers: Authorization) -> str | None:
    """The scope through which a Django class-based view (or a base of it in the project) reads what it
    shows ("SuggestionView.get_queryset: filter_access(self.request.user)"), when each of its writing
    requests decides and no method of it writes otherwise; else None (see the module's docstring)."""
    if not markers.scopes or not markers.requesters:
        return None
    methods: dict[str, tuple[Function, str]] = {}
    library_writes: set[str] = set()
    for name in ancestors(project, qualified):
        cls = lookup(project, name)
        if isinstance(cls, ast.ClassDef):
            for item in cls.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    methods.setdefault(item.name, (item, name.rpartition(".")[0]))
        elif name in EDITING_VIEWS:
            library_writes.add("post")
        elif name not in READING_VIEWS and name != "object":
            return None  # a base outside the project whose requests are not known may write
    for writing in (*_CLASS_WRITING, *library_writes):
        if writing in library_writes and writing not in methods:
            return None  # the library's post saves the form for anyone
        own = methods.get(writing)
        if own is not None and called_decision(project, own[1], own[0], markers) is None:
            return None
    scope: str | None = None
    for method_name, (method, module) in methods.items():
        if method_name in _CLASS_WRITING:
            continue
        if unguarded_change(project, module, method, markers) is not None:
            return None  # (get_context_data saving a record: a write on a reading request)
        found = called_scope(project, module, method, markers, set()) if scope is None else None
        scope = f"{method_name}: {found}" if found is not None else scope
    return scope


def called_scope(
    project: Project, module: str, func: Function, markers: Authorization, bound: set[str], depth: int = 2
) -> str | None:
    """A scope of the requesting user in `func` (whose parameters in `bound` are the requester), else in a
    function of the project `func` gives the requesting user to, `depth` levels down: "helper(): ..."."""
    names = requester_locals(func, markers) | bound
    found = scope_in(func, markers, names)
    if found is not None or depth <= 0:
        return found
    for node in own_nodes(func):
        if not isinstance(node, ast.Call):
            continue
        name = name_of(node.func) if isinstance(node.func, (ast.Name, ast.Attribute)) else ""
        if not name or name.startswith(("self.", "cls.")):
            continue
        qualified = resolve(project, module, name)
        target = lookup(project, qualified)
        if not isinstance(target, (ast.FunctionDef, ast.AsyncFunctionDef)) or target is func:
            continue
        given = _bound_parameters(node, target, lambda e: _is_requester(e, names, markers))
        if given:
            inner = called_scope(project, qualified.rpartition(".")[0], target, markers, given, depth - 1)
            if inner is not None:
                return f"{target.name}(): {inner}"
    return None


def _bound_parameters(call: ast.Call, target: Function, is_requester: Callable[[ast.expr], bool]) -> set[str]:
    """The parameters of `target` that `call` gives the requesting user (by position or keyword)."""
    positional = [a.arg for a in (*target.args.posonlyargs, *target.args.args)]
    given = {positional[i] for i, a in enumerate(call.args) if i < len(positional) and is_requester(a)}
    return given | {k.arg for k in call.keywords if k.arg is not None and is_requester(k.value)}


def requester_locals(func: Function, markers: Authorization) -> set[str]:
    """The local names every assignment of which is the requesting user (`user = request.user`), also through
    one another (`viewer = user`); a parameter is none."""
    arguments = func.args
    parameters = {a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)}
    values: dict[str, list[ast.expr | None]] = {}
    for node in own_nodes(func):
        if isinstance(node, ast.Assign):
            for target in node.targets:
                for stored in ast.walk(target):
                    if isinstance(stored, ast.Name):
                        values.setdefault(stored.id, []).append(node.value if target is stored else None)
        elif isinstance(node, (ast.AnnAssign, ast.AugAssign, ast.NamedExpr)) and isinstance(node.target, ast.Name):
            value = node.value if not isinstance(node, ast.AugAssign) else None
            values.setdefault(node.target.id, []).append(value)
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension, ast.withitem)):
            bound = node.optional_vars if isinstance(node, ast.withitem) else node.target
            for stored in ast.walk(bound) if bound is not None else ():
                if isinstance(stored, ast.Name):
                    values.setdefault(stored.id, []).append(None)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            values.setdefault(node.name, []).append(None)
    found: set[str] = set()
    changed = True
    while changed:
        changed = False
        for name, assigned in values.items():
            if name in found or name in parameters:
                continue
            if all(v is not None and _is_requester(v, found, markers) for v in assigned):
                found.add(name)
                changed = True
    return found


def _is_requester(expr: ast.expr, names: set[str], markers: Authorization) -> bool:
    if not isinstance(expr, (ast.Name, ast.Attribute)):
        return False
    text = name_of(expr)
    return text in names or text in markers.requesters


def scope_in(func: Function, markers: Authorization, names: set[str]) -> str | None:
    """A scope of the requesting user among the function's own nodes: an attribute of it named like a scope
    (`request.user.allowed_projects`), or a call named like one given it (`filter_access(request.user)`)."""
    tested = {id(n) for node in own_nodes(func) for test in _tests(node) for n in ast.walk(test)}
    for node in own_nodes(func):
        if id(node) in tested:
            continue  # if request.user.allowed_to_export: a flag, not what is shown
        if _scope_attribute(node, markers) and _is_requester(node.value, names, markers):
            return f"{name_of(node.value)}.{node.attr}"
        if isinstance(node, ast.Call) and _scope_name(name_of(node.func), markers):
            given = [*node.args, *(k.value for k in node.keywords)]
            requester = next((a for a in given if _is_requester(a, names, markers)), None)
            if requester is not None:
                return f"{name_of(node.func).rsplit('.', 1)[-1]}({name_of(requester)})"
    return None


def _tests(node: ast.AST) -> list[ast.expr]:
    """The expressions a statement or expression reads as a truth value (`if`, `while`, `assert`, a conditional
    expression, `and`/`or`/`not`)."""
    if isinstance(node, (ast.If, ast.While, ast.IfExp, ast.Assert)):
        return [node.test]
    if isinstance(node, ast.BoolOp):
        return list(node.values)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
        return [node.operand]
    return []


def _scope_attribute(node: ast.AST, markers: Authorization) -> TypeGuard[ast.Attribute]:
    """An attribute read named like a scope (`.allowed_projects`)."""
    return isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Load) and _scope_name(node.attr, markers)


def _scope_name(name: str, markers: Authorization) -> bool:
    last = name.rsplit(".", 1)[-1]
    return bool(last) and not last.startswith(PREDICATES) and matches_last(last, markers.scopes)


def writing_only(func: Function) -> bool:
    """A view answering writing request methods only: `@require_POST`, `@require_http_methods(["POST"])`,
    `@app.route("/x", methods=["POST"])`."""
    for decorator in func.decorator_list:
        if name_of(decorator).rsplit(".", 1)[-1] == "require_POST":
            return True
        if not isinstance(decorator, ast.Call):
            continue
        given = [*decorator.args, *(k.value for k in decorator.keywords if k.arg == "methods")]
        words = {
            c.value.upper()
            for g in given
            for c in ast.walk(g)
            if isinstance(c, ast.Constant) and isinstance(c.value, str) and c.value.upper() in WRITING | READING
        }
        if words and not words & READING:
            return True
    return False


def unguarded_change(project: Project, module: str, func: Function, markers: Authorization) -> str | None:
    """What changes state in the function with no decision: a branch for a request method (`if request.method
    == "POST"`) whose test has no check and whose body decides nothing, or a test of the method the rule cannot
    read as naming writing methods (`!= "GET"`); a write (`obj.delete()`) outside a branch that decides."""
    guarded: set[int] = set()
    for node in own_nodes(func):
        if not isinstance(node, ast.If) or not _reads_method(node.test):
            continue
        words = _method_words(node.test)
        if words is None or not words <= WRITING:
            if words is not None and words <= READING and not node.orelse and not _returns(node.body):
                continue  # if request.method == "GET": (a part only for reading, then on for every method)
            return f"a test of the request method ({ast.unparse(node.test)})"
        if _test_checks(node.test, markers) or _branch_decides(project, module, func, node.body, markers):
            guarded.update(id(n) for statement in node.body for n in ast.walk(statement))
        else:
            return f"a {'/'.join(sorted(words))} branch with no check"
    for node in own_nodes(func):
        if id(node) in guarded or not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            continue
        method = node.func.attr
        if method in WRITES or (method == "update" and node.keywords and not node.args):
            return f"{method}()"
    return None


def _reads_method(test: ast.expr) -> bool:
    return any(isinstance(n, ast.Attribute) and n.attr == "method" for n in ast.walk(test))


def _method_words(test: ast.expr) -> set[str] | None:
    """The request methods a test selects with `==` or `in` (`request.method == "POST"`, `request.method in
    ("PUT", "PATCH")`, also as one operand of `and`); None for another form (`!=`, `not in`, `or`)."""
    parts = test.values if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And) else [test]
    found: set[str] | None = None
    for part in parts:
        if not _reads_method(part):
            continue
        if not isinstance(part, ast.Compare) or len(part.ops) != 1 or not isinstance(part.ops[0], (ast.Eq, ast.In)):
            return None
        words = {
            c.value.upper()
            for side in (part.left, *part.comparators)
            for c in ast.walk(side)
            if isinstance(c, ast.Constant) and isinstance(c.value, str)
        }
        if not words:
            return None
        found = words if found is None else found & words
    return found


def _test_checks(test: ast.expr, markers: Authorization) -> bool:
    """The test requires a check to pass (`request.method == "POST" and user.has_perm("x")`)."""
    if not (isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And)):
        return False
    for part in test.values:
        found = checks_in(part, markers) if not _reads_method(part) else None
        if found is not None and not found[1]:
            return True
    return False


def _branch_decides(
    project: Project, module: str, func: Function, body: list[ast.stmt], markers: Authorization
) -> bool:
    """The branch decides access, itself or in a function of the project it calls (`if not
    user.has_perm("x"): raise PermissionDenied`)."""
    branch = copy.copy(func)
    branch.body = body
    return called_decision(project, module, branch, markers) is not None


def _returns(body: list[ast.stmt]) -> bool:
    return any(isinstance(s, ast.Return) for s in body)
