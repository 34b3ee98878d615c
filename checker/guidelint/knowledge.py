"""The knowledge base: facts about libraries and frameworks that rules and the dataflow engine share, from
the `knowledge/*.yaml` files of the active packs (the built-in pack's are `rules/knowledge/`).

    shells:
      programs: [sh, bash, cmd.exe, powershell.exe]   # program names (lower case; a path's last part counts)
      command-flags: ["-c", "/c", "-Command", "-lc"]  # the flag after which a shell runs the next argument
    sql:
      functions: {sqlalchemy.text: [text]}   # qualified callee -> keywords of the statement (else 1st positional)
      methods: {execute: [sql, query]}       # method on any receiver -> keywords of the statement
      text-only-methods: {cursor: [query]}   # methods that take SQL only in some libraries
      fragment-methods: {sqlalchemy: [filter, order_by]}   # query-builder methods taking raw SQL text, by library
      statement-packages: [sqlalchemy]       # packages whose calls build statement objects, not SQL text
    http-clients:
      calls:                                 # calls that send or build a request
        requests.get: {url: [url, 0], timeout: [timeout]}   # arguments as [keyword, position] or [keyword]
      clients:                               # constructors of objects whose methods send requests
        requests.Session: {methods: {get: [url, 0]}, base-url: [base_url]}
      local-transports: [aiohttp.UnixConnector, "httpx.HTTPTransport:uds"]   # a client made with one: this host
    deserializers:
      calls: [pickle.loads, marshal.loads]   # calls that build arbitrary objects from their input
    configuration:
      objects: [django.conf.settings, app.config]   # the company's deployed configuration (qualified or as written)
    web-output:
      packages: [tornado, markupsafe]        # beside the web frameworks: importing these serves pages or markup
    authorization:                           # fnmatch patterns on the last component of a name (with a dot: the whole)
      decorators: [login_required, "*_required"]
      public: [public]
      mixins: [LoginRequiredMixin]
      checks: [check_access, has_perm]       # calls in a handler (or what it calls) that decide access
      denials: [PermissionDenied]            # raised or returned: access refused
      middleware: [LoginRequiredMiddleware]  # middleware (settings MIDDLEWARE) that requires a login
      authentication: [authenticate, login]  # calls that make a handler a login/logout view (public)
      responses: [render, redirect]          # a handler reading only constants and these is a static page
      dispatchers: [get_action]              # calls that fetch an action the framework authorizes as it runs
      redirects: [redirect]                  # a handler whose every return is one of these is a redirect
      scopes: [filter_access, "allowed_*"]   # methods given the requesting user, or its attributes, selecting its data
      requesters: [request.user]             # expressions naming the user who sent the request (as written)
    web-frameworks:
      flask:
        handler: Flask route                 # what a handler is called in messages
        packages: [flask]                    # top-level packages of the framework
        routes: [route, get]                 # methods of an app or router object that register a handler
        dependencies: [Depends]              # parameter defaults that inject a dependency (FastAPI)
        auth-keyword: auth                   # authorizes the route, router or API given it, unless None (Ninja)
        view-decorators: [rest_framework.decorators.api_view]   # qualified names that make a function a view
        view-bases: [View, ViewSet]          # suffixes of the names of class-based view bases
        request-hooks: [before_request]      # methods registering a function run before every route of an app
                                             # or blueprint; "middleware(request)": only given this first argument
        route-decorators: [pyramid.view.view_config]  # functions (qualified) whose decorator makes a handler
        route-calls: [add_view]              # methods registering the function given first (or as view=)
        auth-opens: [NO_PERMISSION_REQUIRED] # auth-keyword values that open the handler, besides None and []
        auth-defaults: [set_default_permission]  # calls giving every handler auth-keyword's check by default
        guards-keyword: guards               # lists functions run before the route: each judged as a dependency
        handlers-keyword: route_handlers     # an app's or router's list of handlers: its guards-keyword runs for each
        plugins-keyword: apply               # lists decorators (or plugins with apply()) wrapping the route's handler
        plugin-installs: [install]           # app.install(plugin): the plugin wraps every route of the app
        route-defaults: [pyramid.view.view_defaults]  # class decorators giving its methods' routes default keywords
        auth-enforcers: [set_security_policy]  # calls or keywords without one of which auth-keyword checks nothing

Entries of all active packs merge: mappings key by key, lists add up (in pack order, without repeats), a
scalar of a later pack replaces the earlier one. A key or a value of the wrong type is a `KnowledgeError`
naming the file and the entry. A process uses one knowledge base, `active()`, set by `activate()` when a
scan plans its packs (the built-in pack's by default).
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any


class KnowledgeError(Exception):
    """A knowledge file that cannot be used; the message names the file and the entry."""


# --- the schema --------------------------------------------------------------------------------------------
# A spec is a leaf type name or a mapping of keys to specs; the key "*" stands for any name (a callee, a
# method, a framework).
STRINGS, STRING, ARGUMENT = "a list of strings", "a string", "an argument [keyword, position] or [keyword]"
_ARGUMENTS: dict[str, Any] = {"*": ARGUMENT}
SCHEMA: dict[str, Any] = {
    "shells": {"programs": STRINGS, "command-flags": STRINGS, "interpreters": STRINGS},
    "sql": {
        "functions": {"*": STRINGS},
        "methods": {"*": STRINGS},
        "text-only-methods": {"*": STRINGS},
        "fragment-methods": {"*": STRINGS},
        "statement-packages": STRINGS,
    },
    "http-clients": {
        "calls": {"*": {"url": ARGUMENT, "timeout": ARGUMENT}},
        "clients": {"*": {"methods": _ARGUMENTS, "base-url": ARGUMENT, "timeout": ARGUMENT}},
        "local-transports": STRINGS,
    },
    "deserializers": {"calls": STRINGS},
    "configuration": {"objects": STRINGS},
    "web-output": {"packages": STRINGS},
    "authorization": {
        "decorators": STRINGS,
        "public": STRINGS,
        "mixins": STRINGS,
        "checks": STRINGS,
        "denials": STRINGS,
        "middleware": STRINGS,
        "authentication": STRINGS,
        "responses": STRINGS,
        "dispatchers": STRINGS,
        "redirects": STRINGS,
        "scopes": STRINGS,
        "requesters": STRINGS,
    },
    "web-frameworks": {
        "*": {
            "handler": STRING,
            "packages": STRINGS,
            "routes": STRINGS,
            "dependencies": STRINGS,
            "auth-keyword": STRING,
            "view-decorators": STRINGS,
            "view-bases": STRINGS,
            "request-hooks": STRINGS,
            "route-decorators": STRINGS,
            "route-calls": STRINGS,
            "auth-opens": STRINGS,
            "auth-defaults": STRINGS,
            "guards-keyword": STRING,
            "handlers-keyword": STRING,
            "plugins-keyword": STRING,
            "plugin-installs": STRINGS,
            "route-defaults": STRINGS,
            "auth-enforcers": STRINGS,
            "decorator-order": STRING,
        }
    },
}
REQUIRED = {"http-clients.calls.*": ("url",), "http-clients.clients.*": ("methods",)}


def _validate(value: Any, spec: Any, where: str, path: str) -> Any:
    """`value` (the entry `where`) checked against `spec` (at schema `path`); a copy of it."""
    if spec == STRINGS:
        if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
            raise KnowledgeError(f"{where}: expected {STRINGS}")
        return list(value)
    if spec == STRING:
        if not isinstance(value, str) or not value:
            raise KnowledgeError(f"{where}: expected {STRING}")
        return value
    if spec == ARGUMENT:
        if (
            not isinstance(value, list)
            or not 1 <= len(value) <= 2
            or not isinstance(value[0], str)
            or (len(value) == 2 and (not isinstance(value[1], int) or isinstance(value[1], bool) or value[1] < 0))
        ):
            raise KnowledgeError(f"{where}: expected {ARGUMENT} (a keyword name and a 0-based position)")
        return list(value)
    if not isinstance(value, dict):
        raise KnowledgeError(f"{where}: expected a mapping")
    out = {}
    for key, item in value.items():
        if not isinstance(key, str):
            raise KnowledgeError(f"{where}: key {key!r} is not a name")
        if key in spec:
            inner, step = spec[key], key
        elif "*" in spec:
            inner, step = spec["*"], "*"
        else:
            known = ", ".join(sorted(spec))
            raise KnowledgeError(f"{where or 'top level'}: unknown key {key!r} (known: {known})")
        entry = f"{where}.{key}" if where else key
        out[key] = _validate(item, inner, entry, f"{path}.{step}" if path else step)
    missing = [k for k in REQUIRED.get(path, ()) if k not in out]
    if missing:
        raise KnowledgeError(f"{where}: needs `{missing[0]}`")
    return out


def parse_knowledge(data: Any, source: Path) -> dict[str, Any]:
    """One knowledge file's content, checked against the schema (an empty file holds nothing)."""
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise KnowledgeError(f"{source}: expected a mapping of sections ({', '.join(SCHEMA)})")
    try:
        return dict(_validate(data, SCHEMA, "", ""))
    except KnowledgeError as exc:
        raise KnowledgeError(f"{source}: {exc}") from None


def merge(base: dict[str, Any], more: dict[str, Any], spec: Any = None) -> dict[str, Any]:
    """`more` added to `base` (neither is changed): mappings merge, lists of names add up, a string or an
    argument replaces the earlier one."""
    spec = SCHEMA if spec is None else spec
    out = dict(base)
    for key, value in more.items():
        inner = spec.get(key, spec.get("*"))
        old = out.get(key)
        if isinstance(inner, dict) and isinstance(old, dict):
            out[key] = merge(old, value, inner)
        elif inner == STRINGS and isinstance(old, list):
            out[key] = old + [v for v in value if v not in old]
        else:
            out[key] = value
    return out


# --- the typed view --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Argument:
    """Where a call takes a value: by keyword, or at a 0-based position when `position` is not None."""

    keyword: str
    position: int | None = None


def _argument(value: list[Any] | None) -> Argument | None:
    if value is None:
        return None
    return Argument(value[0], value[1] if len(value) > 1 else None)


@dataclass(frozen=True)
class Shells:
    """The programs that are shells, and the flags after which their argument is a command."""

    programs: frozenset[str] = frozenset()
    command_flags: frozenset[str] = frozenset()  # "-c": the next argument is the command the shell runs
    interpreters: frozenset[str] = frozenset()  # other programs that run a script or code they are given

    def is_shell(self, program: str) -> bool:
        """Whether a program name or path (/bin/sh, C:\\Windows\\...\\cmd.exe, BASH) starts a shell."""
        return re.split(r"[/\\]", program)[-1].lower() in self.programs

    def runs_code(self, program: str) -> bool:
        """Whether a program runs a script or code its arguments give: a shell, or an interpreter (a path
        counts by its last part, a version and .exe suffix by the name: /usr/bin/python3.12, node.exe)."""
        name = re.split(r"[/\\]", program)[-1].lower().removesuffix(".exe")
        return self.is_shell(program) or re.sub(r"[\d.]+$", "", name) in self.interpreters


@dataclass(frozen=True)
class Sql:
    """The calls and methods that run SQL text, by name."""

    functions: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # qualified name -> query keywords
    methods: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # method name -> query keywords
    text_only_methods: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # SQL only in some libraries
    # top-level package -> methods of its query builder that also take a raw SQL fragment as a string
    fragment_methods: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    # top-level packages whose calls build statement objects the library composes with bound parameters
    statement_packages: tuple[str, ...] = ()

    @cached_property
    def function_names(self) -> frozenset[str]:
        """Last components of the functions' names: a method call named otherwise is none of them."""
        return last_names(self.functions)


@dataclass(frozen=True)
class HttpCall:
    """A function that sends an HTTP request: where its URL (and its timeout) is passed."""

    url: Argument
    timeout: Argument | None = None  # only for clients that wait forever by default


@dataclass(frozen=True)
class HttpClient:
    """A client class: its request methods and where its base URL is passed."""

    methods: Mapping[str, Argument]  # request methods of its objects -> their URL argument
    base_url: Argument | None = None
    timeout: Argument | None = None  # where a request method takes its timeout, if it waits forever without


@dataclass(frozen=True)
class HttpClients:
    """The HTTP calls and client classes, by qualified name."""

    calls: Mapping[str, HttpCall] = field(default_factory=dict)
    clients: Mapping[str, HttpClient] = field(default_factory=dict)
    # calls that make a transport to a socket on this host, `NAME` or `NAME:KEYWORD` (only when given that
    # keyword): a client constructed with one sends its requests there, whatever host their URL names
    local_transports: tuple[str, ...] = ()

    @cached_property
    def call_names(self) -> frozenset[str]:
        """Last components of the calls' names: a method call named otherwise is none of them."""
        return last_names(self.calls)

    @cached_property
    def request_methods(self) -> frozenset[str]:
        """The request methods of every client."""
        return frozenset(m for client in self.clients.values() for m in client.methods)


def last_names(names: Iterable[str]) -> frozenset[str]:
    """The last components of dotted names."""
    return frozenset(name.rsplit(".", 1)[-1] for name in names)


def matches_last(name: str, patterns: Sequence[str]) -> bool:
    """Whether the last component of a dotted name matches one of the fnmatch patterns (case-sensitive); a
    pattern with a dot is matched against the whole name (`tornado.web.authenticated`: a decorator that
    only decides under its library's qualified name, not every function that happens to share its last)."""
    last = name.rsplit(".", 1)[-1]
    return bool(last) and any(fnmatch.fnmatchcase(name if "." in p else last, p) for p in patterns)


_AUTHORIZATION_PARTS = (
    *("decorators", "public", "mixins", "checks", "denials", "middleware", "authentication", "responses"),
    "dispatchers",
    "redirects",
    "scopes",
    "requesters",
)


@dataclass(frozen=True)
class Authorization:
    """Markers on handlers, as fnmatch patterns on the last component of their names (or, with a dot, the whole)."""

    decorators: tuple[str, ...] = ()  # decorators (and FastAPI dependencies) that check authorization
    public: tuple[str, ...] = ()  # decorators that mark a handler public on purpose
    mixins: tuple[str, ...] = ()  # base classes of class-based views that check authorization
    checks: tuple[str, ...] = ()  # calls (or attributes tested) in a handler's code that decide access
    denials: tuple[str, ...] = ()  # exceptions raised and responses returned when access is refused
    middleware: tuple[str, ...] = ()  # middleware classes that require a login on every request
    authentication: tuple[str, ...] = ()  # calls that log a user in or out (a login view is public)
    responses: tuple[str, ...] = ()  # calls that build a response from a template or URL, reading no data
    dispatchers: tuple[str, ...] = ()  # calls that fetch an action whose every run checks the caller's access
    redirects: tuple[str, ...] = ()  # responses that send the browser elsewhere (a redirect-only handler is public)
    scopes: tuple[str, ...] = ()  # methods given the requesting user, or attributes of it, selecting what it may see
    requesters: tuple[str, ...] = ()  # expressions naming the user who sent the request (request.user), as written


@dataclass(frozen=True)
class Framework:
    """A web framework: its packages, how it declares routes, views and dependencies."""

    name: str
    handler: str
    packages: tuple[str, ...] = ()
    routes: frozenset[str] = frozenset()
    dependencies: frozenset[str] = frozenset()
    auth_keyword: str = ""  # a keyword of a route, its router or API, or of adding a router, that authorizes
    view_decorators: frozenset[str] = frozenset()
    view_bases: tuple[str, ...] = ()
    request_hooks: tuple[str, ...] = ()  # methods of an app or blueprint registering a function run before its routes
    route_decorators: frozenset[str] = frozenset()  # qualified names of functions whose decorator registers a handler
    route_calls: frozenset[str] = frozenset()  # methods registering the function given first (or as view=)
    auth_opens: frozenset[str] = frozenset()  # values of auth_keyword that open the handler, besides None and []
    auth_defaults: frozenset[str] = frozenset()  # calls giving every handler of the project auth_keyword's check
    guards_keyword: str = ""  # a keyword of a route listing functions run before it, judged as dependencies are
    handlers_keyword: str = ""  # a keyword of an app or router listing its handlers (its guards run for each)
    plugins_keyword: str = ""  # a keyword of a route listing decorators or plugins wrapping its handler
    plugin_installs: frozenset[str] = frozenset()  # methods of an app installing a plugin around every route
    route_defaults: frozenset[str] = frozenset()  # class decorators (qualified) giving its methods' routes keywords
    auth_enforcers: frozenset[str] = frozenset()  # calls or keywords without one of which auth_keyword checks nothing
    # "any": a marker above the route decorator wraps the registered handler too (the route only records the URL)
    decorator_order: str = "below"

    def owns(self, qualified: str) -> bool:
        """Whether a qualified name is in one of the framework's packages."""
        return any(qualified == p or qualified.startswith(p + ".") for p in self.packages)


@dataclass(frozen=True)
class Knowledge:
    """The merged knowledge of the active packs."""

    shells: Shells = Shells()
    sql: Sql = Sql()
    http_clients: HttpClients = HttpClients()
    deserializers: frozenset[str] = frozenset()  # qualified names of calls that build objects from data
    configuration: frozenset[str] = frozenset()  # objects holding the configuration the company deploys
    page_packages: tuple[str, ...] = ()  # web-output: packages whose import makes a module serve pages or markup
    authorization: Authorization = Authorization()
    frameworks: Mapping[str, Framework] = field(default_factory=dict)  # in the order the packs define them
    data: Mapping[str, Any] = field(default_factory=dict, repr=False)  # the merged files, for merging further

    @classmethod
    def of(cls, data: dict[str, Any]) -> Knowledge:
        """The typed view of merged knowledge data (as `parse_knowledge` and `merge` give it)."""
        shells, sql, http, auth = (data.get(k, {}) for k in ("shells", "sql", "http-clients", "authorization"))
        return cls(
            shells=Shells(
                frozenset(shells.get("programs", ())),
                frozenset(shells.get("command-flags", ())),
                frozenset(shells.get("interpreters", ())),
            ),
            sql=Sql(
                functions=_sql_part(sql, "functions"),
                methods=_sql_part(sql, "methods"),
                text_only_methods=_sql_part(sql, "text-only-methods"),
                fragment_methods=_sql_part(sql, "fragment-methods"),
                statement_packages=tuple(sql.get("statement-packages", ())),
            ),
            http_clients=HttpClients(
                calls={
                    name: HttpCall(Argument(*entry["url"]), _argument(entry.get("timeout")))
                    for name, entry in http.get("calls", {}).items()
                },
                clients={
                    name: HttpClient(
                        {m: Argument(*a) for m, a in entry["methods"].items()},
                        _argument(entry.get("base-url")),
                        _argument(entry.get("timeout")),
                    )
                    for name, entry in http.get("clients", {}).items()
                },
                local_transports=tuple(http.get("local-transports", ())),
            ),
            deserializers=frozenset(data.get("deserializers", {}).get("calls", ())),
            configuration=frozenset(data.get("configuration", {}).get("objects", ())),
            page_packages=tuple(data.get("web-output", {}).get("packages", ())),
            authorization=Authorization(*(tuple(auth.get(k, ())) for k in _AUTHORIZATION_PARTS)),
            frameworks={
                name: Framework(
                    name=name,
                    handler=entry.get("handler", name),
                    packages=tuple(entry.get("packages", ())),
                    routes=frozenset(entry.get("routes", ())),
                    dependencies=frozenset(entry.get("dependencies", ())),
                    auth_keyword=entry.get("auth-keyword", ""),
                    view_decorators=frozenset(entry.get("view-decorators", ())),
                    view_bases=tuple(entry.get("view-bases", ())),
                    request_hooks=tuple(entry.get("request-hooks", ())),
                    route_decorators=frozenset(entry.get("route-decorators", ())),
                    route_calls=frozenset(entry.get("route-calls", ())),
                    auth_opens=frozenset(entry.get("auth-opens", ())),
                    auth_defaults=frozenset(entry.get("auth-defaults", ())),
                    guards_keyword=entry.get("guards-keyword", ""),
                    handlers_keyword=entry.get("handlers-keyword", ""),
                    plugins_keyword=entry.get("plugins-keyword", ""),
                    plugin_installs=frozenset(entry.get("plugin-installs", ())),
                    route_defaults=frozenset(entry.get("route-defaults", ())),
                    auth_enforcers=frozenset(entry.get("auth-enforcers", ())),
                    decorator_order=entry.get("decorator-order", "below"),
                )
                for name, entry in data.get("web-frameworks", {}).items()
            },
            data=data,
        )

    @cached_property
    def deserializer_names(self) -> frozenset[str]:
        """Last components of the deserializers' names."""
        return last_names(self.deserializers)

    def framework_packages(self) -> list[str]:
        """Top-level packages of every known web framework."""
        return list(dict.fromkeys(p for f in self.frameworks.values() for p in f.packages))

    def page_making_packages(self) -> tuple[str, ...]:
        """Packages whose import means a module answers HTTP or builds markup: the web frameworks' and the
        `web-output` list's."""
        return (*self.framework_packages(), *self.page_packages)


def _sql_part(sql: dict[str, Any], part: str) -> dict[str, tuple[str, ...]]:
    return {k: tuple(v) for k, v in sql.get(part, {}).items()}


def merged(parts: list[Knowledge]) -> Knowledge:
    """The knowledge of several packs as one, in pack order."""
    data: dict[str, Any] = {}
    for part in parts:
        data = merge(data, dict(part.data))
    return Knowledge.of(data)


def load_dir(base: Path) -> Knowledge:
    """The knowledge of one pack: its `knowledge/*.yaml` files, in name order (none: empty)."""
    from guidelint.packyaml import YamlError, read_yaml

    data: dict[str, Any] = {}
    for path in sorted(base.glob("*.yaml")) if base.is_dir() else []:
        try:
            content = read_yaml(path)
        except (OSError, UnicodeDecodeError, YamlError) as exc:
            raise KnowledgeError(f"{path}: {exc}") from None
        data = merge(data, parse_knowledge(content, path))
    return Knowledge.of(data)


_ACTIVE: list[Knowledge] = []


def activate(knowledge: Knowledge) -> None:
    """Make `knowledge` what rules and the dataflow engine of this process read."""
    _ACTIVE[:] = [knowledge]


def active() -> Knowledge:
    """The knowledge this process uses: the active packs', else the built-in pack's."""
    if not _ACTIVE:
        from guidelint.packfiles import builtin_pack_dir

        _ACTIVE.append(load_dir(builtin_pack_dir() / "knowledge"))
    return _ACTIVE[0]
