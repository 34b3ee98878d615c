"""A Django TemplateView that shows a fixed page: read with `ast` from the class and its bases in the project
(for ACC103, which counts such a view public by design, as it does a function view that reads no data,
guidelint.semantic.access.static_page).

The view derives from Django's `TemplateView` and from nothing else outside the project. Its class bodies
and those of its bases in the project hold only constants (a template name, a page name, `do_reset: bool`
set by the URLconf's `as_view(do_reset=True)`) and at most `get_context_data` and `get_template_names`,
which only assign, test and return, read only their parameters, their locals, the class's constants
(`self.page`), module constants (`MENU = (("terms", gettext_lazy("Terms")),)`) and Django's settings by
attribute, and call only the base's same method (`super().get_context_data(**kwargs)`), translations of
constants, address builders (`reverse("legal:terms")`) and methods of their locals (`context.update(...)`).
No URLconf gives it more than literals in `as_view(...)`. It reads neither the request (`self.request`,
`self.kwargs`), the user, the database nor any function of the project: it shows the same to everyone.
"""

from __future__ import annotations

import ast

from guidelint.knowledge import Authorization, matches_last
from guidelint.semantic.access import (
    ADDRESS_BUILDERS,
    Function,
    ancestors,
    assignments,
    constant_method,
    lookup,
    name_of,
    resolve,
)
from guidelint.semantic.project import Project
from guidelint.semantic.routes import routes

TEMPLATE_VIEWS = frozenset({"django.views.generic.TemplateView", "django.views.generic.base.TemplateView"})
TEMPLATE_METHODS = frozenset({"get_context_data", "get_template_names"})
TRANSLATIONS = frozenset(
    f"django.utils.translation.{name}"
    for name in (
        *("gettext", "gettext_lazy", "gettext_noop", "pgettext", "pgettext_lazy"),
        *("ngettext", "ngettext_lazy", "npgettext", "npgettext_lazy"),
        *("ugettext", "ugettext_lazy", "ugettext_noop"),
    )
)
SETTINGS = "django.conf.settings"
_CONTAINERS = (ast.Tuple, ast.List, ast.Set)


def static_template_class(project: Project, qualified: str, markers: Authorization) -> str | None:
    """ "a fixed page (TemplateView)" when the class-based view shows the same page to everyone (see the
    module's docstring), else None."""
    chain = ancestors(project, qualified)
    if not any(name in TEMPLATE_VIEWS for name in chain) or qualified in routes(project, markers).configured:
        return None  # (a URLconf's as_view(extra_context=...) of data: that data shows)
    classes: list[tuple[ast.ClassDef, str]] = []
    for name in chain:
        found = lookup(project, name)
        if isinstance(found, ast.ClassDef):
            classes.append((found, name.rpartition(".")[0]))
        elif name not in TEMPLATE_VIEWS and name != "object":
            return None  # a base outside the project (a library's mixin) may read anything
    constants: set[str] = set()
    methods: list[tuple[Function, str]] = []
    for cls, module in classes:
        for item in cls.body:
            if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)) and item.name in TEMPLATE_METHODS:
                methods.append((item, module))
            elif isinstance(item, ast.Assign) and all(isinstance(t, ast.Name) for t in item.targets):
                if not _constant(project, module, item.value):
                    return None
                constants.update(t.id for t in item.targets if isinstance(t, ast.Name))
            elif isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
                if item.value is not None and not _constant(project, module, item.value):
                    return None
                constants.add(item.target.id)
            elif not (
                isinstance(item, ast.Pass) or (isinstance(item, ast.Expr) and isinstance(item.value, ast.Constant))
            ):
                return None  # another method (get, dispatch), a nested class, a statement
    if all(_fixed(project, module, method, constants, markers) for method, module in methods):
        return "a fixed page (TemplateView)"
    return None


def _constant(project: Project, module: str, expr: ast.expr, depth: int = 0) -> bool:
    """A literal, a tuple/list/set/dict or f-string of constants, a translation of constants, or a module
    constant of `module` (itself such a value)."""
    if depth > 4:
        return False
    if isinstance(expr, ast.Constant):
        return True
    if isinstance(expr, _CONTAINERS):
        return all(_constant(project, module, e, depth + 1) for e in expr.elts)
    if isinstance(expr, ast.Dict):
        parts = [*(k for k in expr.keys if k is not None), *expr.values]
        return all(_constant(project, module, e, depth + 1) for e in parts)
    if isinstance(expr, ast.JoinedStr):
        return all(_constant(project, module, e, depth + 1) for e in expr.values)
    if isinstance(expr, ast.FormattedValue):
        return _constant(project, module, expr.value, depth + 1)
    if isinstance(expr, ast.Call):
        return _translation(project, module, expr) and all(
            _constant(project, module, a, depth + 1) for a in (*expr.args, *(k.value for k in expr.keywords))
        )
    if isinstance(expr, ast.Name):
        value = assignments(project, module).get(expr.id)
        return value is not None and _constant(project, module, value, depth + 1)
    return False


def _translation(project: Project, module: str, call: ast.Call) -> bool:
    """`gettext("Terms")`, `_("Terms")` with `_` imported from Django's translation module."""
    name = name_of(call)
    return bool(name) and resolve(project, module, name) in TRANSLATIONS


def _fixed(project: Project, module: str, func: Function, constants: set[str], markers: Authorization) -> bool:
    """The method only assigns, tests and returns what the module's docstring lists."""
    stack: list[ast.stmt] = list(func.body)
    while stack:
        statement = stack.pop()
        if isinstance(statement, ast.If):
            stack.extend([*statement.body, *statement.orelse])
        elif not isinstance(statement, (ast.Assign, ast.AnnAssign, ast.AugAssign, ast.Return, ast.Expr)):
            return False
    arguments = func.args
    local = {a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)}
    local |= {a.arg for a in (arguments.vararg, arguments.kwarg) if a is not None}
    local |= {n.id for n in ast.walk(func) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Store)}
    allowed: set[int] = set()  # Name nodes read as the callee of an allowed call or as self/settings
    for node in ast.walk(func):
        if isinstance(node, ast.Call):
            if not _allowed_call(project, module, func, node, local, markers):
                return False
            head = node.func
            while isinstance(head, ast.Attribute):
                head = head.value
            if isinstance(head, ast.Call):  # super().get_context_data(...)
                head = head.func
            allowed.add(id(head))
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner = node.value.id
            constant = owner == "self" and node.attr in constants  # self.page, not self.request
            setting = owner not in local and resolve(project, module, owner) == SETTINGS
            if constant or setting:
                allowed.add(id(node.value))
    for node in ast.walk(func):
        if not isinstance(node, ast.Name) or not isinstance(node.ctx, ast.Load) or id(node) in allowed:
            continue
        if node.id == "self" or (node.id not in local and not _constant(project, module, node)):
            return False  # self.request, self.kwargs, a method of its own; a name of the module that is no constant
    return True


def _allowed_call(
    project: Project, module: str, func: Function, call: ast.Call, local: set[str], markers: Authorization
) -> bool:
    """The base's same method, a translation, an address builder, a constant's method, or a method of a local
    (not self); not a setting or cache read by key (`cache.get("stats")`)."""
    callee = call.func
    if isinstance(callee, ast.Attribute) and isinstance(callee.value, ast.Call):
        inner = callee.value
        return name_of(inner) == "super" and not inner.args and callee.attr == func.name
    if isinstance(callee, ast.Name) and callee.id == "super":
        return not call.args
    builders = (*markers.redirects, *markers.responses, *ADDRESS_BUILDERS)  # reverse(), urlencode()
    if _translation(project, module, call) or matches_last(name_of(call), builders) or constant_method(call):
        return True
    return (
        isinstance(callee, ast.Attribute) and isinstance(callee.value, ast.Name) and callee.value.id in local - {"self"}
    )
