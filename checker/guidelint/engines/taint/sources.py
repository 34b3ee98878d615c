"""Where taint starts."""

from __future__ import annotations

import weakref
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

import libcst as cst

from guidelint import knowledge
from guidelint.cst.children import children
from guidelint.engines.taint.declared import declared_types, self_attribute_of
from guidelint.engines.taint.definitions import marked
from guidelint.engines.taint.fields import constrained, converted, project_enum
from guidelint.engines.taint.injected import declarations, injected
from guidelint.engines.taint.labels import CLEAN, MADE, OBJECT, READ, Label, Taint, _is_direct, cleared, union
from guidelint.engines.taint.models import Sink, Source
from guidelint.engines.taint.registrations import decorators_of
from guidelint.engines.taint.routepatterns import converter as _converter
from guidelint.engines.taint.routepatterns import route_variables, view_class
from guidelint.engines.taint.syntax import _decorator_name, _matches, _walk
from guidelint.engines.taint.tables import ALL_KINDS, ENUM_BASES, FILE_OBJECT, VIEW_HANDLERS
from guidelint.semantic.constants import constant_value, is_constant
from guidelint.semantic.names import dotted, import_bindings
from guidelint.semantic.routes import routes

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

UPLOADED = frozenset({"path", FILE_OBJECT})


class Sources:
    """Where taint starts: request objects, calls, parameters, literals and caught exceptions of the models."""

    def __init__(self, analysis: Analysis) -> None:
        self.a: Analysis = weakref.proxy(analysis)  # the analysis holds its parts: no cycle keeps its tree alive
        self._routed: list[Source] | None = None  # the routed-view-params sources that apply to the module
        self._methods: list[Source] | None = None  # the params-of-methods sources that apply to the module
        self._class_routes: dict[str, list[str]] = {}  # class -> the route patterns the module registers it under
        self._function_routes: dict[tuple[str, tuple[str, ...]], list[str]] = {}  # (function, route calls) -> ...
        self._patterns: list[tuple[str, cst.Call]] | None = None  # the calls given a constant string first
        # the attributes a source reads by keys some routes convert (path_params): the only ones converted_key() asks
        self._converted_attributes: frozenset[str] | None = None
        self._made_attributes: frozenset[str] | None = None  # attributes object sources name on a made object
        self._unregistered: dict[tuple[str, tuple[str, ...]], bool] = {}  # (class, methods) -> unregistered()

    def applies(self, model: Source | Sink) -> bool:
        """The model's `requires-import` holds: the file imports one of those modules (or none is asked)."""
        return not model.requires_import or any(self.imported(wanted) for wanted in model.requires_import)

    def decorated(self, decorators: list[tuple[cst.Decorator, str]], model: Source | Sink) -> bool:
        """One of the decorators (with their names) is the model's, on an object of the model's framework:
        `@api.get` is no Flask route where the module binds `api` only to other packages' calls
        (`api = FastAPI()`), whatever else it imports."""
        return any(_matches(name, model.patterns) and not self._made_elsewhere(d, model) for d, name in decorators)

    def _made_elsewhere(self, decorator: cst.Decorator, model: Source | Sink) -> bool:
        expr = decorator.decorator.func if type(decorator.decorator) is cst.Call else decorator.decorator
        if not model.requires_import or type(expr) is not cst.Attribute or type(expr.value) is not cst.Name:
            return False
        makers = [
            self.a.names.qualname(b.func) if type(b) is cst.Call else None
            for b in self.a.bindings.get(expr.value.value, [])
        ]
        return bool(makers) and all(
            m is not None and not set(module_prefixes(m)).intersection(model.requires_import) for m in makers
        )

    def imported(self, wanted: str) -> bool:
        known = self.a._import_checked.get(wanted)
        if known is None:
            known = self.a._import_checked[wanted] = self.imports(wanted)
        return known

    def imports(self, module: str) -> bool:
        if module in self.a.imported:
            return True
        if self.a.text is not None and module not in self.a.text:
            return False  # not even the word: no import of it anywhere
        if not self.a._all_imports:  # imported inside a function only: look once through the whole module
            self.a._all_imports = True
            stack: list[cst.CSTNode] = [self.a.module]
            while stack:
                node = stack.pop()
                if type(node) is cst.Import or type(node) is cst.ImportFrom:
                    self.a.imported |= {m for _, full in import_bindings(node) if full for m in module_prefixes(full)}
                elif not isinstance(node, cst.BaseExpression):
                    stack.extend(children(node))
        return module in self.a.imported

    def param_source(self, source: Source, param: cst.Param, name: str, params: list[cst.Param], fn: str) -> bool:
        """Whether a parameter of a function `fn` (whose parameters are `params`) is a source by name or annotation."""
        if not self.applies(source):
            return False
        if source.how == "params-named":
            if source.methods and not _matches(fn, source.methods):  # (patterns: resolve_*)
                return False
            names = {p.name.value for p in params} - {"self"}
            if source.together_with and not set(source.together_with) <= names:
                return False
            if source.exact and names != {name, *source.together_with}:
                return False
            if source.subclass_of:  # form_valid(self, form) of a FormView: in methods of such subclasses only
                bases = self.a.bases.get(self.a.current_class or "", [])
                return name in source.patterns and any(_matches(base, source.subclass_of) for base in bases)
            return name in source.patterns
        if source.how == "names":
            return source.matches(name)
        if source.how == "annotation" and param.annotation is not None:
            return self.annotated(param.annotation.annotation, source)
        return False

    def handler_param(self, source: Source, fn: cst.FunctionDef, param: cst.Param) -> Taint:
        """A parameter of a handler: request data, harmless to every sink when the framework converts it
        first by its annotation or its route's converter (`order_id: UUID`, `@app.route("/o/<int:order_id>")`)."""
        name = param.name.value
        if name in source.not_params or (source.after and not _after(self.a._params(fn), name, source.after)):
            return CLEAN  # a resolver's parent object and execution info: the framework's, not the client's
        taint = self.label(source, param, f"handler parameter {name}")
        if not (source.parsed_types or source.parsed_converters or source.file_types):
            return taint
        annotation, declared = declarations(self.a, param)  # Annotated[str, Query()]: str, and Query() as a default
        if (through := injected(self.a, declared, taint)) is not None:
            return through  # base: str = Depends(calendar_base): what calendar_base returns
        typed = annotation is not None and (self.a.names.qualname(annotation) or dotted(annotation) or "")
        if typed and (typed in source.file_types or typed.rsplit(".", 1)[-1] in source.file_types):
            return cleared(taint, UPLOADED)  # document: UploadFile, a file object (document.filename: a path again)
        if typed and (typed in source.parsed_types or typed.rsplit(".", 1)[-1] in source.parsed_types):
            return cleared(taint, ALL_KINDS)
        literals = not source.literals_unchecked_by or not any(  # @tree.command: a Literal's choices, unchecked
            _matches(_decorator_name(d, self.a.names), source.literals_unchecked_by) for d in decorators_of(self.a, fn)
        )
        if annotation is not None and converted(self.a, annotation, source.parsed_types, literals=literals):
            return cleared(taint, ALL_KINDS)  # sort: Literal["name", "date"], kind: ReportKind, ids: list[int]
        # ref: str = Query(pattern=r"^[A-Z]{2}[0-9]{6}$"), or Annotated[str, Query(pattern=...)]
        kinds = frozenset().union(*(constrained(self.a, e) for e in (annotation, *declared) if e is not None))
        if kinds:
            return cleared(taint, kinds)
        for decorator in decorators_of(self.a, fn):
            call = decorator.decorator
            if type(call) is cst.Call and call.args and call.args[0].keyword is None:
                route = constant_value(call.args[0].value)
                if isinstance(route, str) and _converter(route, name) in source.parsed_converters:
                    return cleared(taint, ALL_KINDS)
        return taint

    def choices(self, annotation: cst.BaseExpression, home: str | None = None) -> bool:
        """An annotation that admits only values the code fixes: `Literal[...]` of constants, or an enumeration
        of the module or the project (fields.project_enum): the framework refuses any other value."""
        if type(annotation) is cst.Subscript:
            named = self.a.names.qualname(annotation.value) or dotted(annotation.value)
            literal = named in ("typing.Literal", "typing_extensions.Literal", "Literal")
            return literal and all(type(e.slice) is cst.Index and is_constant(e.slice.value) for e in annotation.slice)
        enum = type(annotation) is cst.Name and bool(ENUM_BASES.intersection(self.a.bases.get(annotation.value, ())))
        return enum or (type(annotation) is cst.Name and project_enum(self.a, annotation, home))

    def url_params(self, fn: cst.FunctionDef, params: list[cst.Param]) -> dict[str, Taint]:
        """The URL parameters of a view the project's URLconfs route to (`def team(request, slug)`, or a
        method of a class-based view): the parameters after the request, harmless to every sink when each
        route converts them to one of the source's `parsed-converters` ("<int:pk>")."""
        if len(params) < 2 or self.a.project is None:
            return {}
        sources = self._routed
        if sources is None:
            sources = self._routed = [
                s for s in self.a.models.sources if s.how == "routed-view-params" and self.applies(s)
            ]
        stars = (fn.params.star_arg, fn.params.star_kwarg)  # passed on whole (super().update(**kwargs)), not read
        rest = [p for p in params if p.name.value not in ("self", "cls") and p not in stars]
        keywords = fn.params.star_kwarg if type(fn.params.star_kwarg) is cst.Param else None
        if not sources or not rest or not any(rest[0].name.value in s.patterns for s in sources):
            return {}
        if len(rest) < 2 and keywords is None:
            return {}
        cls = self.a.current_class
        if (self.a.classes.get(cls, {}) if cls else self.a.functions).get(fn.name.value) is not fn:
            return {}  # a nested function is no view
        if cls and (fn.name.value.startswith("_") or not (fn.decorators or fn.name.value in VIEW_HANDLERS)):
            return {}  # a class view's own helper (_require_login(self, request, client)): its callers' values
        project = self.a.project.project
        view = f"{project.current_name()}.{cls or fn.name.value}"
        routed = routes(project, knowledge.active().authorization)
        if routed.wrapper(view) is None:
            return {}
        found: dict[str, Taint] = {}
        for source in sources:
            if rest[0].name.value not in source.patterns:
                continue
            for param in rest[1:]:
                name = param.name.value
                taint = self.label(source, param, f"URL parameter {name}")
                if routed.converters(view, name) <= source.parsed_converters:
                    taint = cleared(taint, ALL_KINDS)
                found[name] = union(found.get(name, CLEAN), taint)
            if keywords is not None:  # get(self, request, *args, **kwargs): kwargs["pk"] (routed_key); its keys
                name = (
                    keywords.name.value
                )  # are the route's names, so update(**kwargs) assigns no field of the client's
                taint = cleared(self.label(source, keywords, "URL parameters"), frozenset({"mass-assignment"}))
                found[name] = union(found.get(name, CLEAN), taint)
        return found

    def routed_key(self, owner: cst.BaseExpression, key: str, base: Taint) -> Taint | None:
        """`self.kwargs["pk"]` in a class-based view (a `self-attributes` source of the URL parameters' label),
        `kwargs["pk"]` of a view's `**kwargs`: the URL parameter `pk`, harmless to every sink when every route
        of the project's URLconfs to the view converts it to one of the `parsed-converters` ("<int:pk>")."""
        fn = self.a.names.functions[-1] if self.a.names.functions else None
        cls = self.a.current_class
        if fn is None or self.a.project is None:
            return None
        attribute = None
        if type(owner) is cst.Attribute and type(owner.value) is cst.Name and owner.value.value == "self" and cls:
            view, attribute = cls, owner.attr.value
        elif type(owner) is cst.Name and type(fn.params.star_kwarg) is cst.Param:
            view = (cls or fn.name.value) if fn.params.star_kwarg.name.value == owner.value else ""
        else:
            return None
        sources = {self.source_of(label) for label in base} if view else set()
        source = next(iter(sources)) if len(sources) == 1 else None
        if source is None or not source.parsed_converters:
            return None
        if attribute is not None and not any(
            s.how == "self-attributes" and s.label == source.label and attribute in s.patterns
            for s in self.a.models.sources
        ):
            return None
        project = self.a.project.project
        qualified = f"{project.current_name()}.{view}"
        routed = routes(project, knowledge.active().authorization)
        if routed.wrapper(qualified) is None or not routed.converters(qualified, key) <= source.parsed_converters:
            return None
        return cleared(base, ALL_KINDS)

    def method_params(self, fn: cst.FunctionDef, params: list[cst.Param]) -> dict[str, Taint]:
        """The parameters of a handler method a `params-of-methods` model names: a Falcon resource's
        `on_get(self, req, resp, account)` (the URI template's fields, after `resp`), a tornado handler's
        `get(self, job)` (the route's groups); harmless to every sink where every route the module registers
        the class under converts them (`app.add_route("/accounts/{account:int}", Account())`)."""
        cls = self.a.current_class
        if cls is None or self.a.classes.get(cls, {}).get(fn.name.value) is not fn:
            return {}  # a method of a class, not a nested function
        sources = self._methods
        if sources is None:
            sources = self._methods = [
                s for s in self.a.models.sources if s.how == "params-of-methods" and self.applies(s)
            ]
        found: dict[str, Taint] = {}
        for source in sources:
            if (
                not _matches(fn.name.value, source.patterns)
                or (source.subclass_of and not any(_matches(b, source.subclass_of) for b in self.a.bases.get(cls, [])))
                or not marked(self.a, cls, source.classes_marked)
                or (source.registered_by and self.unregistered(cls, source.registered_by))
            ):
                continue
            if source.after:
                rest = [p for p in params if _after(params, p.name.value, source.after)]
                if not rest and not any(p.name.value in source.after for p in params):
                    continue
            else:
                rest = [p for p in params if p.name.value not in ("self", "cls")]
            routes = self.class_routes(cls) if source.parsed_converters or source.route_variables else []
            if source.route_variables:  # only what the rules name: a prefix's or url_defaults' are not shown
                named = {v for route in routes for v in route_variables(route)}
                rest = [p for p in rest if p.name.value in named]
            types = declared_types(self.a, cls, fn.name.value, source.declared_arguments)
            for param in rest:
                name = param.name.value
                what = "argument" if source.declared_arguments else "URL parameter"
                taint = self.label(source, param, f"{what} {name}")
                if routes and all(_converter(r, name) in source.parsed_converters for r in routes):
                    taint = cleared(taint, ALL_KINDS)
                elif types.get(name) in source.parsed_types:
                    taint = cleared(taint, ALL_KINDS)  # graphene: year=graphene.Int() is an int
                found[name] = union(found.get(name, CLEAN), taint)
        return found

    def unregistered(self, cls: str, methods: tuple[str, ...]) -> bool:
        """The module registers classes with one of these methods (`app.add_route("/x", X())`) and never names
        this one outside its own body: the module that registers its resources registers those it defines
        (also made in a factory, `accounts = Accounts(db)`), and a class it leaves out is no resource."""
        known = self._unregistered.get((cls, methods))
        if known is not None:
            return known
        registers = any(
            type(node.func) is cst.Attribute and node.func.attr.value in methods for _, node in self._pattern_calls()
        )
        found = False
        if registers and not self.class_routes(cls):
            outside = (s for s in self.a.module.body if not (type(s) is cst.ClassDef and s.name.value == cls))
            found = not any(type(node) is cst.Name and node.value == cls for stmt in outside for node in _walk(stmt))
        self._unregistered[(cls, methods)] = found
        return found

    def class_routes(self, cls: str) -> list[str]:
        """The constant route patterns a call of the module registers an instance of the class under:
        `app.add_route("/accounts/{account:int}", Account())`, also through a name bound to `Account()`."""
        known = self._class_routes.get(cls)
        if known is not None:
            return known
        instances = {
            name
            for name, values in self.a.bindings.items()
            if values and all(type(v) is cst.Call and type(v.func) is cst.Name and v.func.value == cls for v in values)
        }
        routes = []
        for route, node in self._pattern_calls():
            # the view after the pattern: `add_route("/x", X())`, or Flask's `add_url_rule("/x", "x",
            # X.as_view("x"))` / `view_func=X.as_view("x")`
            given = [a.value for i, a in enumerate(node.args[1:], 1) if i == 1 or (i == 2 and a.keyword is None)]
            given += [a.value for a in node.args[2:] if a.keyword is not None and a.keyword.value == "view_func"]
            for target in given:
                view = view_class(target)
                made = type(target) is cst.Call and type(target.func) is cst.Name and target.func.value == cls
                if made or view == cls or (type(target) is cst.Name and target.value in instances):
                    routes.append(route)
                    break
        routes += [route for route, _ in self._class_first_calls(cls)]
        self._class_routes[cls] = routes
        return routes

    def _class_first_calls(self, cls: str) -> Iterator[tuple[str, cst.Call]]:
        """The calls registering the class itself, or its view, under a constant pattern given next
        (`api.add_resource(Holding, "/holdings/<int:isin>")`, `app.add_route(Deck.as_view(), "/d/<deck:int>")`),
        and the class's own route decorators given a pattern first (`@ns.route("/registers/<int:register>")`)."""
        for node in _walk(self.a.module):
            if type(node) is cst.ClassDef and node.name.value == cls:
                for decorator in node.decorators:
                    call = decorator.decorator
                    if type(call) is cst.Call and call.args and call.args[0].keyword is None:
                        route = constant_value(call.args[0].value)
                        if isinstance(route, str):
                            yield route, call
                continue
            if type(node) is not cst.Call or len(node.args) < 2 or node.args[1].keyword is not None:
                continue
            first = node.args[0].value
            if type(first) is cst.Call and type(first.func) is cst.Attribute and first.func.attr.value == "as_view":
                first = first.func.value
            if type(first) is cst.Name and first.value == cls:
                route = constant_value(node.args[1].value)
                if isinstance(route, str):
                    yield route, node

    def converted_key(self, expr: cst.Subscript, index: object, base: Taint) -> Taint:
        """`request.path_params["report_id"]` in a function that every route call of the module registers under
        a pattern converting that key (`Route("/reports/{report_id:int}", report)`: the source's
        `converted-keys` and `parsed-converters`): a number, not the client's text."""
        owner = expr.value
        keyed = type(owner) is cst.Name or (type(owner) is cst.Attribute and type(owner.value) is cst.Name)
        if base and keyed and isinstance(index, str) and (routed := self.routed_key(owner, index, base)) is not None:
            return routed
        attributes = self._converted_attributes
        if attributes is None:
            attributes = self._converted_attributes = frozenset(
                a for s in self.a.models.sources for a in s.converted_keys[0]
            )
        if (
            not base
            or type(owner) is not cst.Attribute
            or owner.attr.value not in attributes
            or not isinstance(index, str)
            or not self.a.names.functions
        ):
            return base
        sources = {self.source_of(label) for label in base}
        if len(sources) != 1:
            return base
        (source,) = sources
        if source is None or owner.attr.value not in source.converted_keys[0]:
            return base
        routes = self.function_routes(self.a.names.functions[-1].name.value, source.converted_keys[1])
        if routes and all(_converter(r, index) in source.parsed_converters for r in routes):
            return cleared(base, ALL_KINDS)
        return base

    def function_routes(self, name: str, calls: tuple[str, ...]) -> list[str]:
        """The constant patterns the module's route calls register a function under: `Route("/r/{id:int}", f)`,
        or `endpoint=f`."""
        known = self._function_routes.get((name, calls))
        if known is not None:
            return known
        routes = []
        for route, node in self._pattern_calls():
            if node.args[0].keyword is not None:
                continue
            rest = [a.value for a in node.args[1:2] if a.keyword is None]
            rest += [a.value for a in node.args if a.keyword is not None and a.keyword.value == "endpoint"]
            if not any(type(v) is cst.Name and v.value == name for v in rest):
                continue
            called = self.a.names.qualname(node.func)
            if called is not None and _matches(called, calls):
                routes.append(route)
        self._function_routes[(name, calls)] = routes
        return routes

    def _pattern_calls(self) -> list[tuple[str, cst.Call]]:
        """The module's calls given a constant string first (route registrations among them), found in one walk
        for every class and function asked about."""
        if self._patterns is None:
            self._patterns = [
                (route, node)
                for node in _walk(self.a.module)
                if type(node) is cst.Call and node.args and isinstance(route := constant_value(node.args[0].value), str)
            ]
        return self._patterns

    def read_attribute(self, owner: cst.BaseExpression, attr: str, base: Taint) -> Taint:
        """What reading `attr` of an object whose taint is `base` gives: on a source object itself
        (`request.user`, or the request a view keeps as `self.request`) only the attributes its model
        names carry the data; deeper (`request.POST.dict`) only those it excludes are clean."""
        if not base:
            return base
        base = _read_of_parameter(owner, attr, base)
        if not _is_direct(base):
            return base
        for label in base:
            source = self.source_of(label)
            if source is None:
                continue
            held = bool(source.entries) and OBJECT in label.cleared  # what a parameter holds: info.context
            first = type(owner) is cst.Name or (
                source.how in ("params-named", "self-attributes")
                and ((type(owner) is cst.Attribute and owner.attr.value in source.patterns) or held)
            )
            if source.excludes(attr) if first else attr in source.excluded:
                return CLEAN
            kinds = source.clears_for(attr)
            if kinds:
                base = cleared(base, kinds)
        # what an attribute of the object holds is data of it, not the object
        return frozenset(replace(lb, cleared=lb.cleared - OBJECTS) if OBJECT in lb.cleared else lb for lb in base)

    def passed_read(self, label: Label, actual: Taint) -> Taint:
        """What a call passes for a parameter label read as attributes of the parameter (`req.get_host()` in
        a helper): of a source object passed for it, what its model says those attributes hold."""
        attrs = [mark[len(READ) :] for mark in label.cleared if mark.startswith(READ)]
        if not attrs and MADE not in label.cleared:
            return actual  # the parameter itself
        objects = frozenset(found for found in actual if OBJECT in found.cleared)
        if not objects:
            return actual  # values (request.GET["q"], a dict): what a method of them gives is theirs
        if not attrs:  # str(req): a value made of the object
            return union(actual - objects, frozenset(replace(lb, cleared=lb.cleared - OBJECTS) for lb in objects))
        owner = cst.Name("value")
        return union(actual - objects, *(self.read_attribute(owner, attr, objects) for attr in attrs))

    def file_name(self, attr: str, taint: Taint) -> Taint:
        """`upload.filename` of an uploaded file object, which path sinks take as a file: the name the client
        chose, a path again."""
        if not taint or attr not in self.a.known["file-names"]:
            return taint
        return frozenset(
            replace(label, cleared=label.cleared - UPLOADED) if FILE_OBJECT in label.cleared else label
            for label in taint
        )

    def source_of(self, label: Label) -> Source | None:
        """The model source a label comes from: by its label, or by a name it matches. A summary's parameter
        (`def handle(self, message)`) matches a source's parameter name only where that source applies: a
        discord.py `message` model is no part of a mail gateway's `message` in a module not importing discord."""
        for source in self.a.models.sources:
            if source.label == label.origin or (
                label.origin in source.patterns and (label.kind != "param" or self.applies(source))
            ):
                return source
        return None

    def object_source(self, qualified: str, node: cst.CSTNode, attr: str | None) -> Taint:
        for source in self.a.object_sources:
            for pattern in source.patterns:
                if qualified == pattern:
                    return self.label(source, node, qualified)
                if qualified.startswith(pattern + "."):
                    first = qualified[len(pattern) + 1 :].split(".")[0]
                    if source.excludes(first) or (first in source.fixed_in_routes[0] and self.static_route(source)):
                        return CLEAN
                    return cleared(self.label(source, node, qualified), source.clears_for(first))
        return CLEAN

    def made_attribute(self, expr: cst.Attribute) -> str | None:
        """`ns.payload` of `ns = Namespace(...)` at the module's top level, named after what made the object
        ("flask_restx.Namespace().payload"), when an object source names an attribute so."""
        made = self._made_attributes
        if made is None:
            made = self._made_attributes = frozenset(
                p.rsplit("().", 1)[1] for s in self.a.object_sources for p in s.patterns if "()." in p
            )
        if expr.attr.value not in made or type(expr.value) is not cst.Name:
            return None
        values = self.a.bindings.get(expr.value.value, [])
        makers = {self.a.names.qualname(v.func) if type(v) is cst.Call else None for v in values}
        if len(makers) != 1 or None in makers or self.a.names.lookup(expr.value.value) is not None:
            return None
        return f"{next(iter(makers))}().{expr.attr.value}"

    def static_route(self, source: Source) -> bool:
        """Whether the handler being walked is registered only under constant paths without variable parts."""
        if not self.a.names.functions:
            return False
        routes = [
            d.decorator
            for d in decorators_of(self.a, self.a.names.functions[-1])
            if type(d.decorator) is cst.Call and _matches(_decorator_name(d, self.a.names), source.fixed_in_routes[1])
        ]
        paths = [constant_value(r.args[0].value) if r.args and r.args[0].keyword is None else None for r in routes]
        return bool(paths) and all(isinstance(p, str) and "<" not in p for p in paths)

    def label(self, source: Source, node: cst.CSTNode, what: str) -> Taint:
        origin = source.label or source.patterns[0]
        marks = OBJECTS if source.how in ("params-named", "self-attributes") else frozenset()
        if source.how == "call":  # what the call returns, as `clears: {return: [...]}` says (an uploaded file)
            marks = source.clears_for("return")
        return frozenset({Label(source.kind, origin, ((node, f"source: {what} ({origin})"),), marks)})

    def self_source(self, expr: cst.Attribute) -> Taint:
        """`self.a.path` in a subclass of a class whose attributes carry request data."""
        if not (type(expr.value) is cst.Name and expr.value.value == "self" and self.a.current_class):
            return CLEAN
        cls, attr = self.a.current_class, expr.attr.value
        for source in self.a.self_models:
            if self_attribute_of(self.a, cls, attr, source):
                return CLEAN if source.entries else self.label(source, expr, f"self.{attr}")
        return CLEAN

    def literal(self, expr: cst.BaseExpression) -> Taint:
        text = constant_value(expr)
        return self.literal_text(text, expr) if isinstance(text, str) else CLEAN

    def literal_text(self, text: str, expr: cst.CSTNode) -> Taint:
        taint: Taint = CLEAN
        for source, patterns in self.a.literal_sources:
            if any(p.search(text) for p in patterns):
                taint = union(
                    taint, self.label(source, expr, repr(text) if len(text) < 60 else repr(text[:57] + "..."))
                )
        return taint

    def annotated(self, annotation: cst.BaseExpression, source: Source) -> bool:
        for node in _walk(annotation):
            if type(node) is cst.Name and source.matches(node.value):
                return True
            if type(node) is cst.Attribute and source.matches(node.attr.value):
                return True
        return False

    def caught(self, handler: cst.ExceptHandler | cst.ExceptStarHandler) -> Taint:
        """The exception an `except ... as e` binds: a source where a model says so (its message can
        carry the internals of what failed: SQL, paths, hosts)."""
        caught: Taint = CLEAN
        if handler.type is None or not self.a.caught_sources or handler.name is None:
            return caught
        caught_type = handler.type
        expressions = [e.value for e in caught_type.elements] if isinstance(caught_type, cst.Tuple) else [caught_type]
        names = [self.a.names.qualname(e) or dotted(e) or "" for e in expressions]
        for source in self.a.caught_sources:
            if any(_matches(n, source.patterns) for n in names):
                caught = union(caught, self.label(source, handler.name, "caught exception"))
        return caught


def module_prefixes(name: str) -> list[str]:
    """The modules a qualified name may be imported from, outermost first (`azure`, `azure.functions`, ... of
    `azure.functions.HttpRequest`): a model's `requires-import` names a package or one of its modules."""
    parts = name.split(".")
    return [".".join(parts[:i]) for i in range(1, len(parts) + 1)]


def _after(params: list[cst.Param], name: str, after: tuple[str, ...]) -> bool:
    """The parameter so named comes after one named in `after` (`on_get(self, req, resp, account)`)."""
    names = [p.name.value for p in params]
    first = next((i for i, n in enumerate(names) if n in after), None)
    return first is not None and name in names[first + 1 :]


OBJECTS = frozenset({OBJECT})


def _read_of_parameter(owner: cst.BaseExpression, attr: str, base: Taint) -> Taint:
    """`req.get_host` in a function summarised: the parameter's label (the parameter itself, not a value
    made from it) notes the attribute it was read as, for the call that passes a source object for it."""
    name = dotted(owner) if type(owner) in (cst.Name, cst.Attribute) else None
    if name is None:
        return base
    return frozenset(
        replace(lb, cleared=lb.cleared | {READ + attr})
        if lb.kind == "param"
        and lb.origin == name
        and name not in ("self", "cls")  # the receiver's attributes are its fields (receivers.py)
        and len(lb.steps) <= 1
        and not any(m.startswith(READ) for m in lb.cleared)
        else lb
        for lb in base
    )
