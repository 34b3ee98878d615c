"""The project's URLconfs: which functions and classes are routed as views, and which routes pass
through a wrapper that authorizes, read with `ast` from the project's URL modules.

A URL module is a file named `urls.py`, `*_urls.py`, `urls_*.py`, `*urlconf*.py` or one in a `urls/`
package. Its routes are the calls `path()`, `re_path()`, `url()` (Django), `register()` (DRF routers) and
`add_url_rule()` (Flask): the view is their second argument (`view=`, `viewset=`, `view_func=`), a name
or attribute (`views.index`), `Class.as_view(...)`, a dotted string, or a call wrapping one of those
(`path("x/", staff_only(views.index))`). A wrapper authorizes when its name matches the authorization
decorators, when one of its arguments names one (`decorate(login_required, include(...))`), or when it is
a function of the project whose code decides access. Wrapping `include(...)` wraps every route of the
included URL module (and of the modules it includes in turn), or of the pattern list the URLconf gives it
(`include([path(...), ...])`, `include(extra)` of a list the module assigns); `i18n_patterns(...)` holds its
routes under the language code, a variable part of their full paths.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from fnmatch import fnmatchcase
from pathlib import PurePosixPath

from guidelint.knowledge import Authorization, matches_last
from guidelint.semantic.access import lookup, name_of, resolve, wrapper_decision
from guidelint.semantic.project import Project

_ROUTES = {"path": 1, "re_path": 1, "url": 1, "register": 1, "add_url_rule": 2}
_VIEW_KEYWORDS = ("view", "viewset", "view_func")
_URL_FILES = ("urls.py", "*_urls.py", "urls_*.py", "*urlconf*.py")
_INCLUDE_DEPTH = 4


@dataclass
class Routes:
    """Views routed by the project's URLconfs: qualified name -> the wrapper authorizing every route to it
    ("" when a route to it has none)."""

    modules: list[str] = field(default_factory=list)  # the URL modules read
    views: dict[str, str] = field(default_factory=dict)
    patterns: dict[str, list[str]] = field(default_factory=dict)  # view -> the URL patterns routed to it
    # view -> the URL names of the routes to it ("" for a route given none, None for one not written in the code)
    names: dict[str, list[str | None]] = field(default_factory=dict)
    # view -> the full path of each route to it, after the include()s leading to it ("/books/<int:pk>/"; a
    # regular expression's variable part as "<re>"), "" for one not known
    paths: dict[str, list[str]] = field(default_factory=dict)
    # views a URLconf gives values other than literals in `as_view(...)` (`extra_context=Deal.objects.all()`)
    configured: set[str] = field(default_factory=set)

    def converters(self, qualified: str, name: str) -> set[str]:
        """What the routes to a view make of its URL parameter `name`: the converter of each route
        ("<int:pk>": "int"; a regular expression group of digits, "(?P<pk>[0-9]+)": "int"), "" for a
        route that does not say, or that does not name it."""
        return {_converter(pattern, name) for pattern in self.patterns.get(qualified, [""])}

    def wrapper(self, qualified: str) -> str | None:
        """ "" for a routed view without an authorizing wrapper, the wrapper's name, None when not routed."""
        return self.views.get(qualified)


def url_module(rel: str) -> bool:
    """A file holding URL patterns, by its name."""
    path = PurePosixPath(rel)
    return any(fnmatchcase(path.name, p) for p in _URL_FILES) or path.parent.name == "urls"


def routes(project: Project, markers: Authorization) -> Routes:
    """The project's routes, worked out once per process and markers."""
    key = ("guidelint.semantic.routes", markers.decorators, markers.checks, markers.denials)
    return project.fact(key, lambda: _collect(project, markers))


def _collect(project: Project, markers: Authorization) -> Routes:
    found = Routes()
    # module -> routes: (view qualified name or "include:<module>", wrapper authorizing or "")
    table: dict[str, list[tuple[str, str]]] = {}
    heads: dict[str, list[tuple[str, str | None]]] = {}  # module -> (target, its pattern as a path, None: not known)
    known = True  # every include() names a module or a pattern list of the URLconf
    for rel in project.files():
        if not url_module(rel):
            continue
        module = project.module_of(rel)
        tree = project.tree(module) if module else None
        if tree is None:
            continue
        found.modules.append(module)
        lists, owners, prefixed = _pattern_lists(tree, module)
        for key in (module, *set(owners.values())):
            table[key] = []
            heads[key] = []
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                configured = _configured(node)
                if configured:
                    found.configured.add(resolve(project, module, configured))
                owner = owners.get(id(node), module)  # a route of a pattern list included, or of i18n_patterns()
                if id(node) in prefixed:  # i18n_patterns(...): its routes under the language code
                    table[owner].append((f"include:{prefixed[id(node)]}", ""))
                    heads[owner].append((f"include:{prefixed[id(node)]}", "<lang>/"))
                    continue
                known = known and _prefix_free(node, module, project, lists)
                routed = _route(node, module, project, markers, lists)
                table[owner] += routed
                pattern = node.args[0] if node.args else None
                given = next((k.value for k in node.keywords if k.arg == "name"), None)
                text_name = given.value if isinstance(given, ast.Constant) and isinstance(given.value, str) else None
                name = "" if given is None else text_name
                for target, _ in routed:
                    text = pattern.value if isinstance(pattern, ast.Constant) and isinstance(pattern.value, str) else ""
                    found.patterns.setdefault(target, []).append(text)
                    found.names.setdefault(target, []).append(name)
                    heads[owner].append((target, _as_path(node, pattern)))
    wrapped: dict[str, str] = {}  # URL module -> wrapper authorizing every route it holds
    for _ in range(_INCLUDE_DEPTH):
        for module, entries in table.items():
            outer = wrapped.get(module, "")
            for target, wrapper in entries:
                if target.startswith("include:") and (wrapper or outer):
                    wrapped.setdefault(target[len("include:") :], wrapper or outer)
    for module, entries in table.items():
        for target, wrapper in entries:
            if target.startswith("include:"):
                continue
            wrapper = wrapper or wrapped.get(module, "")
            previous = found.views.get(target)
            found.views[target] = wrapper if previous is None else (previous and wrapper)
    included = {t[len("include:") :] for entries in table.values() for t, _ in entries if t.startswith("include:")}
    found.paths = _full_paths(heads) if known and included <= set(table) else {}  # a pattern list by its name
    return found


def _pattern_lists(tree: ast.Module, module: str) -> tuple[dict[int, str], dict[int, str], dict[int, str]]:
    """The pattern lists of a URLconf that routes are grouped in, each named `module#n`: a list given to
    `include()` in place (`include([path(...), ...])`) or by a name the module assigns it to (`include(extra)`),
    and the routes of an `i18n_patterns(...)` call (under the language code). Gives the key of each list
    given to include() (by the id of the list, or of the name), the key of the innermost list holding each
    route call, and the key of each i18n_patterns() call's routes."""
    assigned = {
        target.id: statement.value
        for statement in tree.body
        if isinstance(statement, ast.Assign) and isinstance(statement.value, (ast.List, ast.Tuple))
        for target in statement.targets
        if isinstance(target, ast.Name)
    }
    lists: dict[int, str] = {}
    holders: list[tuple[ast.AST, str]] = []  # (the node whose calls are the list's routes, its key)
    prefixed: dict[int, str] = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        last = name_of(node).rsplit(".", 1)[-1]
        first = node.args[0] if node.args else None
        if last == "include" and isinstance(first, (ast.List, ast.Tuple)):
            key = lists[id(first)] = f"{module}#{len(holders)}"
            holders.append((first, key))
        elif last == "include" and isinstance(first, ast.Name) and first.id in assigned:
            listed = assigned[first.id]
            key = next((k for n, k in holders if n is listed), f"{module}#{len(holders)}")
            lists[id(first)] = key
            if all(n is not listed for n, _ in holders):
                holders.append((listed, key))
        elif last == "i18n_patterns":
            key = prefixed[id(node)] = f"{module}#{len(holders)}"
            holders.append((node, key))
    owners: dict[int, str] = {}
    # the largest first: a list inside another (smaller) then takes its own calls
    for holder, key in sorted(holders, key=lambda h: -sum(1 for _ in ast.walk(h[0]))):
        for inner in ast.walk(holder):
            if isinstance(inner, ast.Call) and inner is not holder:
                owners[id(inner)] = key
    return lists, owners, prefixed


def _prefix_free(call: ast.Call, module: str, project: Project, lists: dict[int, str]) -> bool:
    """The call includes nothing but a URL module of the project or a pattern list of the URLconf (not
    `include(urls_of(app))`, whose routes' paths are not followed)."""
    if name_of(call).rsplit(".", 1)[-1] != "include":
        return True
    return bool(_included(call, module, project, lists))


def _as_path(call: ast.Call, pattern: ast.expr | None) -> str | None:
    """A route's pattern as the part of a path it matches: `path("books/<int:pk>/", ...)` as written, a
    regular expression (`re_path`, `url`) up to its first special character followed by "<re>" (any text)."""
    if not isinstance(pattern, ast.Constant) or not isinstance(pattern.value, str):
        return None
    text = pattern.value
    if name_of(call).rsplit(".", 1)[-1] == "path":
        return text
    text = text.removeprefix("^").removesuffix("$")
    cut = min((text.find(c) for c in "()[]{}\\.*+?|$^" if c in text), default=-1)
    return text if cut < 0 else text[:cut] + "<re>"


def _full_paths(heads: dict[str, list[tuple[str, str | None]]]) -> dict[str, list[str]]:
    """view -> the full path of each route to it: its pattern after those of the include()s leading to its URL
    module, from the modules no include() names ("" when a part is not known)."""
    prefixes: dict[str, list[str | None]] = {m: [""] for m in heads}
    included = {t[len("include:") :] for entries in heads.values() for t, _ in entries if t.startswith("include:")}
    for module in included:
        prefixes[module] = []
    for _ in range(_INCLUDE_DEPTH):
        for module, entries in heads.items():
            for target, head in entries:
                inner = target[len("include:") :] if target.startswith("include:") else ""
                if inner not in prefixes or (module in included and not prefixes[module]):
                    continue
                found = [p + head if p is not None and head is not None else None for p in prefixes[module]]
                prefixes[inner] = list(dict.fromkeys([*prefixes[inner], *found]))
    paths: dict[str, list[str]] = {}
    for module, entries in heads.items():
        for target, head in entries:
            if target.startswith("include:"):
                continue
            outer = prefixes.get(module) or [None]
            full = ["/" + p + head if p is not None and head is not None else "" for p in outer]
            paths.setdefault(target, []).extend(full)
    return paths


def _configured(call: ast.Call) -> str:
    """The view of `View.as_view(...)` given a value that is not a literal (`extra_context=load_menu()`), or ""."""
    if not (isinstance(call.func, ast.Attribute) and call.func.attr == "as_view"):
        return ""
    for value in (*call.args, *(k.value for k in call.keywords)):
        try:
            ast.literal_eval(value)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            return name_of(call.func.value)
    return ""


def _route(
    call: ast.Call, module: str, project: Project, markers: Authorization, lists: dict[int, str]
) -> list[tuple[str, str]]:
    """The (target, authorizing wrapper) of a route call."""
    name = name_of(call).rsplit(".", 1)[-1]
    position = _ROUTES.get(name)
    if position is None:
        return []
    view: ast.expr | None = next((k.value for k in call.keywords if k.arg in _VIEW_KEYWORDS), None)
    if view is None and len(call.args) > position:
        view = call.args[position]
    if view is None:
        return []
    wrappers: list[str] = []
    for _ in range(_INCLUDE_DEPTH):
        if not isinstance(view, ast.Call):
            break
        callee = name_of(view)
        last = callee.rsplit(".", 1)[-1]
        if last == "as_view" and isinstance(view.func, ast.Attribute):
            view = view.func.value
            break
        if last == "include":
            target = _included(view, module, project, lists)
            return [(f"include:{target}", _authorizing(wrappers, module, project, markers))] if target else []
        wrappers.append(callee)
        wrappers.extend(name_of(a) for a in (*view.args, *(k.value for k in view.keywords)) if name_of(a))
        inner = [a for a in view.args if isinstance(a, (ast.Name, ast.Attribute, ast.Call, ast.Constant))]
        if not inner:
            return []
        view = next((a for a in inner if isinstance(a, ast.Call) and name_of(a).endswith("include")), inner[0])
    if isinstance(view, ast.Constant) and isinstance(view.value, str):
        target = view.value
    else:
        dotted = name_of(view)
        if not dotted:
            return []
        target = resolve(project, module, dotted)
    return [(target, _authorizing(wrappers, module, project, markers))]


def _included(call: ast.Call, module: str, project: Project, lists: dict[int, str]) -> str:
    """The module `include("app.urls")` / `include(app.urls)` names, or the key of a pattern list of the
    URLconf (`_pattern_lists`); "" for another pattern list."""
    if not call.args:
        return ""
    first = call.args[0]
    if id(first) in lists:
        return lists[id(first)]
    if isinstance(first, ast.Tuple) and first.elts:
        first = first.elts[0]
    if isinstance(first, ast.Constant) and isinstance(first.value, str):
        return first.value
    dotted = name_of(first)
    return resolve(project, module, dotted) if dotted else ""


def _authorizing(wrappers: list[str], module: str, project: Project, markers: Authorization) -> str:
    """The first wrapper (or argument of one) that authorizes, else ""."""
    for name in wrappers:
        last = name.rsplit(".", 1)[-1]
        qualified = resolve(project, module, name)
        if matches_last(qualified, markers.decorators):
            return last
        target = lookup(project, qualified)
        if isinstance(target, (ast.FunctionDef, ast.AsyncFunctionDef)) and wrapper_decision(target, markers):
            return last
    return ""


def _converter(pattern: str, name: str) -> str:
    found = re.search(r"<(\w+):" + re.escape(name) + ">", pattern)
    if found:
        return found.group(1)
    group = re.search(r"\(\?P<" + re.escape(name) + r">(\\d|\[0-9\])[+*]?(\{[\d,]+\})?\)", pattern)
    if group:
        return "int"
    # (?P<slug>[-\w]+), (?P<hash>[a-z0-9]{64}): letters, digits, "-" and "_" only, as "<slug:slug>" admits
    group = re.search(r"\(\?P<" + re.escape(name) + r">\[([^\]]+)\][+*]?(\{[\d,]+\})?\)", pattern)
    return "slug" if group and not re.sub(r"a-z|A-Z|0-9|\\d|\\w|[_-]", "", group.group(1)) else ""
