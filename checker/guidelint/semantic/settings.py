"""What the project's Django settings say about authorization, read with `ast`: DRF's default permission
classes and the middleware that runs on every request.

`build_only_settings` names the settings modules only a packaging build command selects.

Settings modules are the project's files named `settings*.py` or inside a `settings/` package, test
settings (a name with "test") left out. A setting is read from a top-level assignment (`X = ...`,
`X += [...]`), `X.append(...)`/`X.insert(i, ...)`, and for REST_FRAMEWORK also from the dict a function
of the project returns when the setting is a call of it (`REST_FRAMEWORK = drf_settings(...)`).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Literal

from guidelint.knowledge import Authorization, matches_last
from guidelint.semantic.access import decision, lookup, name_of, resolve
from guidelint.semantic.exempt import Exempt, Exemption, exemptions
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
    # the views that middleware lets through before it decides (guidelint.semantic.exempt); None: any may be one
    login_exempt: Exempt | None = ()

    @property
    def drf_authorizes(self) -> str:
        """The default permission classes when every settings module that sets them sets classes other than
        AllowAny ("" when none sets them or one lets anyone in)."""
        if not self.drf_defaults or any(not c or all(matches_last(n, OPEN) for n in c) for c in self.drf_defaults):
            return ""
        return ", ".join(dict.fromkeys(n.rsplit(".", 1)[-1] for c in self.drf_defaults for n in c))


def settings(project: Project, markers: Authorization) -> Settings:
    """The project's settings facts, worked out once per process and markers."""
    key = ("guidelint.semantic.settings", markers.middleware, markers.checks, markers.denials, markers.decorators)
    return project.fact(key, lambda: _collect(project, markers))


def _collect(project: Project, markers: Authorization) -> Settings:
    found = Settings()
    for module in project.settings_modules():
        tree = project.tree(module)
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
        exempt = _requires_login(dotted, project, markers)
        if exempt is not False:
            found.login_middleware, found.login_exempt = dotted, exempt
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


def _requires_login(dotted: str, project: Project, markers: Authorization) -> Exempt | Literal[False] | None:
    """A middleware that requires a login: named like one, or a class of the project whose request methods
    decide access: the views it lets through first (guidelint.semantic.exempt: () for none, None when they are
    not written in the code); False for a middleware that requires none."""
    if matches_last(dotted, markers.middleware):
        return ()
    cls = lookup(project, dotted)
    if not isinstance(cls, ast.ClassDef):
        return False
    methods = [
        i for i in cls.body if isinstance(i, (ast.FunctionDef, ast.AsyncFunctionDef)) and i.name in _MIDDLEWARE_METHODS
    ]
    if not any(decision(m, markers) is not None for m in methods):
        return False
    module = dotted.rpartition(".")[0]
    found: list[Exemption] = []
    for method in methods:
        exempt = exemptions(project, module, method, markers, cls)
        if exempt is None:
            return None
        found += exempt
    return tuple(found)


_SETTINGS_VARIABLE = "DJANGO_SETTINGS_MODULE"
_BUILD_PACKAGES = ("setuptools", "distutils")


def build_only_settings(project: Project) -> frozenset[str]:
    """The settings modules the project selects (`os.environ[.setdefault]("DJANGO_SETTINGS_MODULE", "x")`)
    only inside packaging build commands (methods of classes derived from setuptools' or distutils'
    command classes: what runs collectstatic or compilemessages while a wheel is built), and nowhere else
    (manage.py, wsgi.py, asgi.py select the settings the application runs with)."""
    return project.fact(("guidelint.semantic.settings build-only",), lambda: _build_only(project))


def _build_only(project: Project) -> frozenset[str]:
    in_build: set[str] = set()
    elsewhere: set[str] = set()
    for module in project.containing(_SETTINGS_VARIABLE):
        tree = project.tree(module)
        if tree is None:
            continue
        commands = _command_bases(tree)
        stack: list[tuple[ast.AST, bool]] = [(tree, False)]
        while stack:
            node, building = stack.pop()
            if isinstance(node, ast.ClassDef):
                building = building or any(_base_name(b) in commands | set(_BUILD_PACKAGES) for b in node.bases)
            chosen = _chosen_settings(node)
            if chosen is not None:
                (in_build if building else elsewhere).add(chosen)
            stack.extend((child, building) for child in ast.iter_child_nodes(node))
    return frozenset(in_build - elsewhere)


def _command_bases(tree: ast.Module) -> set[str]:
    """Names that stand for setuptools' or distutils' command classes in the module: names imported from
    their command modules, and any dotted name under the packages."""
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in _BUILD_PACKAGES:
            names.update(alias.asname or alias.name for alias in node.names)
    return names


def _base_name(base: ast.expr) -> str:
    if isinstance(base, ast.Name):
        return base.id
    parts: list[str] = []
    while isinstance(base, ast.Attribute):
        parts.append(base.attr)
        base = base.value
    if isinstance(base, ast.Name) and base.id in _BUILD_PACKAGES:
        return base.id  # setuptools.Command, distutils.command.build.build: any of them counts
    return ""


def _chosen_settings(node: ast.AST) -> str | None:
    """The module `os.environ.setdefault("DJANGO_SETTINGS_MODULE", "x")` or `os.environ[...] = "x"` selects."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "setdefault":
        args = node.args
        if len(args) == 2 and _literal(args[0]) == _SETTINGS_VARIABLE:
            return _literal(args[1])
    target = node.targets[0] if isinstance(node, ast.Assign) and len(node.targets) == 1 else None
    if (
        isinstance(node, ast.Assign)
        and isinstance(target, ast.Subscript)
        and _literal(target.slice) == _SETTINGS_VARIABLE
    ):
        return _literal(node.value)
    return None


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None
