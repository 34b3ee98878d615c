"""Permission objects of authorization extensions whose methods decide access, for ACC103: Flask-Principal's
`Permission(RoleNeed("admin"))`, whose `.require()` refuses (403, or the `http_exception` given) an identity
without its needs, as a decorator (`@admin_permission.require(http_exception=403)`) or as a context manager
around the handler's work (`with admin_permission.require():`). Read with `ast` through the project: the
permission may be defined in another module."""

from __future__ import annotations

import ast

from guidelint.semantic.access import Function, ancestors, assignments, name_of, resolve
from guidelint.semantic.project import Project

PERMISSION_PACKAGES = ("flask_principal.",)
"""Packages whose permission classes (and the project's subclasses of them) decide in `require()`."""
DECIDING_METHODS = frozenset({"require"})


def deciding_permission(project: Project, qualified: str) -> bool:
    """`qualified` (a call's callee, `desk.auth.admin_permission.require`) is a deciding method of a permission
    object: a module-level name bound to an instance of a permission class of PERMISSION_PACKAGES."""
    owner, _, method = qualified.rpartition(".")
    module, _, name = owner.rpartition(".")
    if method not in DECIDING_METHODS or not module:
        return False
    value = assignments(project, module).get(name)
    if not isinstance(value, ast.Call):
        return False
    cls = resolve(project, module, name_of(value))
    return any(a.startswith(PERMISSION_PACKAGES) for a in ancestors(project, cls))


def required_in_body(project: Project, module: str, func: Function) -> str:
    """A `with permission.require(...):` among the function's top-level statements (the handler's work runs
    inside it): its text, else ""."""
    for statement in func.body:
        if not isinstance(statement, (ast.With, ast.AsyncWith)):
            continue
        for item in statement.items:
            call = item.context_expr
            if isinstance(call, ast.Call) and deciding_permission(project, resolve(project, module, name_of(call))):
                return f"with {name_of(call)}()"
    return ""
