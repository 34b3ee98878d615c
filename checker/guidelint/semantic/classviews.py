"""What a class-based view decides for the requests it answers: read with `ast` from the class and its bases
in the project (guidelint.semantic.access for what counts as a decision).

A decision in a method run for every request (`dispatch`, `prepare`, `get_object`, one named like a check)
guards the view; one in a request method (`get`, `post`, DRF's `list`, `create`...) guards that method, so
the view is guarded when each request method it has, its own or the nearest base's, decides. A method that
extends its base's (`super().get(request)`) keeps that one's decision, and one calling a deciding method of
its own object (`self._prepare()`) decides.
"""

from __future__ import annotations

import ast

from guidelint.knowledge import Authorization, matches_last
from guidelint.semantic.access import (
    Function,
    address_call,
    ancestors,
    authenticates,
    called_authentication,
    called_decision,
    decision,
    lookup,
    name_of,
)
from guidelint.semantic.pathscope import unscoped_nodes
from guidelint.semantic.project import Project
from guidelint.semantic.staticviews import static_template_class
from guidelint.semantic.summary import own_nodes

REQUEST_METHODS = frozenset(
    {"get", "post", "put", "patch", "delete", "list", "retrieve", "create", "update", "partial_update", "destroy"}
)
"""Methods of a class-based view that answer one kind of request: a decision in one guards only it."""
EVERY_REQUEST = frozenset({"dispatch", "dispatch_request", "setup", "initial", "prepare", "get_object", "test_func"})
"""Methods of a class-based view that run on every request (with those named like a check, has_permission):
a decision in one guards the view; one in another method (perform_destroy) guards only that method."""


def class_decision(project: Project, qualified: str, markers: Authorization) -> str | None:
    """A decision made by a class-based view or one of its bases in the project for every request it
    answers: a base named like an authorization mixin, a method run for every request (`dispatch`,
    `prepare`, one named like a check) that decides ("Base.dispatch: has_perm()"), or a decision in each
    request method the view has (its own or the nearest base's: `get` checking does not guard `post`)."""
    per_method: dict[str, str | None] = {}  # request method -> its decision, nearest definition first
    methods = _methods(project, qualified)
    for name in ancestors(project, qualified):
        if matches_last(name, markers.mixins):
            return name.rsplit(".", 1)[-1]
        if matches_last(name, markers.authentication) and lookup(project, name) is None:
            return f"a login view ({name.rsplit('.', 1)[-1]})"  # derived from the framework's LoginView
        cls = lookup(project, name)
        if not isinstance(cls, ast.ClassDef):
            continue
        for item in cls.body:
            if not isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            if item.name in REQUEST_METHODS:
                if item.name not in per_method and not _extends(item):
                    found = (
                        _method_marker(item, markers)
                        or decision(item, markers)
                        or _self_decision(project, item, methods, markers)
                        or _logs_in_or_out(item, markers)
                    )
                    per_method[item.name] = f"{cls.name}.{item.name}: {found}" if found is not None else None
            elif item.name in EVERY_REQUEST or matches_last(item.name, markers.checks):
                found = decision(item, markers) or _self_decision(project, item, methods, markers)
                if found is not None:
                    return f"{cls.name}.{item.name}: {found}"
    decided = list(per_method.values())
    return decided[0] if decided and all(decided) else None


def _method_marker(method: Function, markers: Authorization) -> str | None:
    """An authorization marker decorating the method: `@method_decorator(login_required)`, or itself."""
    for decorator in method.decorator_list:
        names = [name_of(decorator)]
        if isinstance(decorator, ast.Call):
            names += [name_of(a) for a in decorator.args]
        found = next((n for n in names if n and matches_last(n, markers.decorators)), None)
        if found is not None:
            return "@" + found.rsplit(".", 1)[-1]
    return None


def _logs_in_or_out(method: Function, markers: Authorization) -> str | None:
    """A request method that logs the user in or out (`auth_logout(request)`): public by design."""
    found = authenticates(method, markers)
    return f"a login view ({found})" if found is not None else None


def _extends(method: Function) -> bool:
    """The method calls the one it overrides (`super().get(request)`): that one's decision holds for it."""
    return any(
        isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and n.func.attr == method.name
        and isinstance(n.func.value, ast.Call)
        and name_of(n.func.value.func) == "super"
        for n in own_nodes(method)
    )


def _methods(project: Project, qualified: str) -> dict[str, tuple[Function, str]]:
    """The methods a class has, its own or the nearest base's in the project, by name, each with the
    module that defines it."""
    found: dict[str, tuple[Function, str]] = {}
    for name in ancestors(project, qualified):
        cls = lookup(project, name)
        for item in cls.body if isinstance(cls, ast.ClassDef) else ():
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                found.setdefault(item.name, (item, name.rsplit(".", 1)[0]))
    return found


def _self_decision(
    project: Project, method: Function, methods: dict[str, tuple[Function, str]], markers: Authorization
) -> str | None:
    """A decision in a method of the same object that `method` calls (`context = self._prepare()`), or in a
    function of the project that one calls (`setup()` -> `self.get_account()` -> `load_account()`:
    `check_access()`)."""
    for node in unscoped_nodes(method):
        if isinstance(node, ast.Call) and name_of(node).startswith("self.") and name_of(node).count(".") == 1:
            called, module = methods.get(name_of(node).removeprefix("self."), (None, ""))
            if called is None or called is method:
                continue
            found = called_decision(project, module, called, markers)
            if found is not None:
                return f"{called.name}(): {found}"
    return None


REDIRECT_VIEWS = frozenset({"django.views.generic.RedirectView", "django.views.generic.base.RedirectView"})


def public_by_design(project: Project, qualified: str, markers: Authorization) -> str | None:
    """A class-based view that is public by design: one that only redirects (`redirect_only_class`), a
    step of a login (`login_step`), or a TemplateView showing a fixed page (`staticviews`)."""
    return (
        redirect_only_class(project, qualified, markers)
        or login_step(project, qualified, markers)
        or static_template_class(project, qualified, markers)
    )


def redirect_only_class(project: Project, qualified: str, markers: Authorization) -> str | None:
    """A Django RedirectView subclass that only sends the browser elsewhere: it (and its bases in the project)
    sets `url`/`pattern_name` or overrides no method but `get_redirect_url`, which only builds an address from
    its parameters, constants, address builders (reverse, urlencode), settings read by a constant key, its
    locals' methods and the base's `super().get_redirect_url(...)`. It shows and changes nothing: the page it
    sends to decides access itself. One reading anything else (a record's address) is judged as any view."""
    if not any(a in REDIRECT_VIEWS for a in ancestors(project, qualified)):
        return None
    methods = _methods(project, qualified)
    if any(name != "get_redirect_url" for name in methods):
        return None
    method = methods.get("get_redirect_url")
    if method is not None and not _builds_address(method[0], markers):
        return None
    return "a redirect only (RedirectView)"


def _builds_address(func: Function, markers: Authorization) -> bool:
    """Every statement assigns, tests or returns, every call builds an address (see redirect_only_class)."""
    stack: list[ast.stmt] = list(func.body)
    local = {a.arg for a in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs)}
    while stack:
        statement = stack.pop()
        if isinstance(statement, ast.If):
            stack.extend([*statement.body, *statement.orelse])
        elif not isinstance(statement, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Return, ast.Expr)):
            return False
    local |= {n.id for n in ast.walk(func) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    for node in ast.walk(func):
        if not isinstance(node, ast.Call) or address_call(node, markers, local):
            continue
        head = node.func.value if isinstance(node.func, ast.Attribute) else None
        if isinstance(head, ast.Name) and head.id in local - {"self"}:
            continue  # path.append(lang): a method of a local built here
        extends = isinstance(head, ast.Call) and name_of(head) == "super" and name_of(node) == func.name
        if not ((name_of(node) == "super" and not node.args) or extends):
            return False  # (super().get_redirect_url(...): the base's address, from its url or pattern_name)
    return True


def login_step(project: Project, qualified: str, markers: Authorization, nested: bool = False) -> str | None:
    """A class-based view whose own methods log the user in or out (`form_valid` calling `login(request,
    user)`: a second-factor step, the completion of a WebAuthn or third-party login), directly, through a
    function of the project, or through a method of its own object (`self.second_factor_completed(device)`):
    public by design, the user is not logged in yet. A view that defines no method of its own (`pass` over
    a library's view and a mixin of the project) is a step of the login its bases of the project make: the
    library view's first step of a WebAuthn login under the mixin that completes it."""
    cls = lookup(project, qualified)
    if not isinstance(cls, ast.ClassDef):
        return None
    if not nested and not any(isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) for item in cls.body):
        for base in ancestors(project, qualified)[1:]:
            found = login_step(project, base, markers, nested=True)
            if found is not None:
                return f"a login step ({cls.name} adds nothing to {base.rsplit('.', 1)[-1]}: {found})"
    module = qualified.rpartition(".")[0]
    methods = _methods(project, qualified)
    for item in cls.body:
        if not isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        found = called_authentication(project, module, item, markers)
        for node in own_nodes(item) if found is None else ():
            name = name_of(node) if isinstance(node, ast.Call) else ""
            if name.startswith("self.") and name.count(".") == 1:
                called, where = methods.get(name.removeprefix("self."), (None, ""))
                if called is not None and called is not item:
                    inner = called_authentication(project, where, called, markers)
                    found = f"{called.name}(): {inner}" if inner is not None else None
            if found is not None:
                break
        if found is not None:
            return f"a login step ({cls.name}.{item.name}: {found})"
    return None
