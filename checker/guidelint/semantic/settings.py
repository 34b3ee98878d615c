"""What the project's Django settings say about authorization, read with `ast`: DRF's default permission
classes and the middleware that runs on every request.

Settings modules are the project's files named `settings*.py` or inside a `settings/` package, test
settings (a name with "test") left out. A setting is read from a top-level assignment (`X = ...`,
`X += [...]`), `X.append(...)`/`X.insert(i, ...)`, and for REST_FRAMEWORK also from the dict a function
of the project returns when the setting is a call of it (`REST_FRAMEWORK = drf_settings(...)`).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import PurePosixPath

from guidelint.knowledge import Authorization, matches_last
from guidelint.semantic.access import decision, lookup, name_of, resolve
from guidelint.semantic.project import Project

_MIDDLEWARE = ("MIDDLEWARE", "MIDDLEWARE_CLASSES")
_MIDDLEWARE_METHODS = ("__call__", "process_request", "process_view")
OPEN = ("AllowAny",)
"""DRF permission classes that let anyone in."""


@dataclass
class Settings:
    """DRF's default permission classes (every settings module's, in order) and the middleware."""

    drf_defaults: list[list[str]] = field(default_factory=list)
    middleware: list[str] = field(default_factory=list)
    login_middleware: str = ""  # the first middleware that requires a login ("" when none does)

    @property
    def drf_authorizes(self) -> str:
        """The default permission classes when every settings module that sets them sets classes other than
        AllowAny ("" when none sets them or one lets anyone in)."""
        if not self.drf_defaults or any(not c or all(matches_last(n, OPEN) for n in c) for c in self.drf_defaults):
            return ""
        return ", ".join(dict.fromkeys(n.rsplit(".", 1)[-1] for c in self.drf_defaults for n in c))


def settings_module(rel: str) -> bool:
    """A settings module by its name (test settings left out)."""
    path = PurePosixPath(rel)
    return "test" not in path.name and (path.name.startswith("settings") or path.parent.name == "settings")


def settings(project: Project, markers: Authorization) -> Settings:
    """The project's settings facts, worked out once per process and markers."""
    key = ("guidelint.semantic.settings", markers.middleware, markers.checks, markers.denials, markers.decorators)
    return project.fact(key, lambda: _collect(project, markers))


def _collect(project: Project, markers: Authorization) -> Settings:
    found = Settings()
    for rel in project.files():
        if not settings_module(rel):
            continue
        module = project.module_of(rel)
        tree = project.tree(module) if module else None
        if tree is None:
            continue
        for statement in tree.body:
            for name, value in _assignments(statement):
                if name == "REST_FRAMEWORK":
                    classes = _permission_classes(value, module, project)
                    if classes is not None:
                        found.drf_defaults.append(classes)
                elif name in _MIDDLEWARE:
                    found.middleware.extend(_strings(value))
    for dotted in found.middleware:
        if _requires_login(dotted, project, markers):
            found.login_middleware = dotted
            break
    return found


def _assignments(statement: ast.stmt) -> list[tuple[str, ast.expr]]:
    """(setting, value) pairs a top-level statement sets or adds to."""
    if isinstance(statement, ast.Assign):
        return [(t.id, statement.value) for t in statement.targets if isinstance(t, ast.Name)]
    if isinstance(statement, (ast.AugAssign, ast.AnnAssign)) and isinstance(statement.target, ast.Name):
        return [(statement.target.id, statement.value)] if statement.value is not None else []
    if isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call):
        call = statement.value
        func = call.func
        if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and call.args:
            return [(func.value.id, call.args[-1])] if func.attr in ("append", "insert", "extend") else []
    return []


def _strings(value: ast.expr) -> list[str]:
    """The string constants in a value (a list, a conditional, a list comprehension's source)."""
    return [n.value for n in ast.walk(value) if isinstance(n, ast.Constant) and isinstance(n.value, str)]


def _permission_classes(value: ast.expr, module: str, project: Project) -> list[str] | None:
    """DEFAULT_PERMISSION_CLASSES of a REST_FRAMEWORK value, None when it does not set them."""
    if isinstance(value, ast.Call):  # a function of the project that returns the settings
        target = lookup(project, resolve(project, module, name_of(value)))
        if not isinstance(target, (ast.FunctionDef, ast.AsyncFunctionDef)):
            return None
        returned = [n.value for n in ast.walk(target) if isinstance(n, ast.Return) and n.value is not None]
        value = next((r for r in returned if isinstance(r, ast.Dict)), value)
    if not isinstance(value, ast.Dict):
        return None
    for key, item in zip(value.keys, value.values, strict=True):
        if isinstance(key, ast.Constant) and key.value == "DEFAULT_PERMISSION_CLASSES":
            return _strings(item) if isinstance(item, (ast.List, ast.Tuple)) else None
    return None


def _requires_login(dotted: str, project: Project, markers: Authorization) -> bool:
    """A middleware that requires a login: named like one, or a class of the project whose request
    methods decide access."""
    if matches_last(dotted, markers.middleware):
        return True
    cls = lookup(project, dotted)
    if not isinstance(cls, ast.ClassDef):
        return False
    return any(
        isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef))
        and item.name in _MIDDLEWARE_METHODS
        and decision(item, markers) is not None
        for item in cls.body
    )
