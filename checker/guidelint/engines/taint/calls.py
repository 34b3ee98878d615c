"""Calls."""

from __future__ import annotations

import weakref
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, cast

import libcst as cst

from guidelint.engines.taint.adapters import logged_extra
from guidelint.engines.taint.callbacks import lent_summary, passed_callbacks
from guidelint.engines.taint.callees import Callees
from guidelint.engines.taint.credentials import CREDENTIALS
from guidelint.engines.taint.dispatch import dispatched, overloads_summary, table_picked
from guidelint.engines.taint.escapetables import escaped_kinds
from guidelint.engines.taint.fields import post_initialised, validated_get
from guidelint.engines.taint.hierarchy import ancestors, own_methods, project_method, super_method
from guidelint.engines.taint.labels import (
    CLEAN,
    NO_CREDENTIALS,
    OBJECT,
    READ,
    UNKNOWN,
    Env,
    Label,
    Summary,
    Taint,
    _items_of,
    _sink_of,
    cleared,
    for_passed,
    reopened,
    settled,
    union,
    with_step,
)
from guidelint.engines.taint.lambdas import through_lambda
from guidelint.engines.taint.markdowncleaning import cleaned_markdown
from guidelint.engines.taint.modulestate import context_passed
from guidelint.engines.taint.placing import PATH_JOINS, joined, placed
from guidelint.engines.taint.receivers import (
    attribute_here,
    attributes,
    chained_through,
    factory_fields,
    keep,
    kept,
    self_attribute,
)
from guidelint.engines.taint.regexes import strips_to_plain
from guidelint.engines.taint.registrations import decorators_of
from guidelint.engines.taint.runners import named_task, packed, runner_chain, runner_named
from guidelint.engines.taint.safefilter import check_unescaped
from guidelint.engines.taint.stores import KEYS
from guidelint.engines.taint.syntax import (
    _constant_attribute,
    _containers,
    _decorator_name,
    _ends_with_return,
    _matches,
    _namespace,
    _set_attribute,
    _star_index,
    given_keyword,
    keyword_name,
    lookup_converter,
    yields_as_statements,
)
from guidelint.engines.taint.tables import (
    ALL,
    ALL_KINDS,
    CONTAINED_KINDS,
    CONTENT_KINDS,
    CONVERTERS,
    ENUM_BASES,
    MASS_ASSIGNMENT,
    NAMESPACE_LOOKUP,
)
from guidelint.engines.taint.urlparts import joined_parts, replaced_parts
from guidelint.engines.taint.wrapped import handed_on
from guidelint.semantic.formatting import format_slots
from guidelint.semantic.names import dotted

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis
    from guidelint.engines.taint.models import Source


class Calls(Callees):
    """Calls: model sources and sinks, sanitizers, and summaries of the module's own functions applied."""

    def __init__(self, analysis: Analysis) -> None:
        self.a: Analysis = weakref.proxy(analysis)  # the analysis holds its parts: no cycle keeps its tree alive
        # per function being walked: the constants its returns give, and its `yield` statements
        # (None once one is not a constant; see `outcomes`)
        self.returned: list[set[Any] | None] = []
        self.last_returned: set[Any] | None = None
        self.yielded: list[set[Any] | None] = []
        self.last_yielded: set[Any] | None = None
        self.values: dict[int, frozenset[Any]] = {}  # calls whose callee always returns one of these constants
        self.fields: dict[int, dict[str, Taint]] = {}  # constructor calls: what the instance holds per attribute
        self.made: dict[int, str] = {}  # method calls that return their receiver, an instance of this class
        self.makers: dict[int, str] = {}  # ... of a class of another module (the qualified name of its maker)
        self.partials: dict[str, cst.Call] = {}  # names bound to functools.partial(f, *args, **kwargs)
        self.dispatch: dict[str, list[cst.BaseExpression]] = {}  # names bound to getattr(obj, "by_" + x) (dispatch.py)
        self._sources_of: dict[tuple[str, str | None], list[Source]] = {}

    def sources_of(self, name: str, made: str | None) -> list[Source]:
        """The call sources (of this module's analysis) that name the callee `name`, or `made` (what made its
        receiver), in their order: remembered per callee, as which patterns match a name is a pure function
        of the two names, asked again at every call of it."""
        found = self._sources_of.get((name, made))
        if found is None:
            found = self._sources_of[(name, made)] = [
                s for s in self.a.call_sources if s.matches(name) or (made is not None and s.matches(made))
            ]
        return found

    def call(self, call: cst.Call, env: Env) -> Taint:
        func = call.func
        if (through := through_lambda(self.a, call, env)) is not None:
            return through  # map(lambda s: str(int(s)), ids), filter(lambda s: s.isdigit(), ids)
        if type(func) is cst.Name and func.value in self.dispatch:
            return dispatched(self, self.dispatch[func.value], call, env)  # finder(v): one of the methods picked
        if type(func) in (cst.Subscript, cst.Call) and (entries := table_picked(self, func)) is not None:
            return dispatched(self, entries, call, env)  # HANDLERS[kind](payload): one of the table's functions
        given: Sequence[cst.Arg] = call.args
        partial = self.partials.get(func.value) if type(func) is cst.Name else None
        run = runner_chain(self.a, call, self.runs) if runner_named(self.a, func) else None
        task = named_task(self.a, call, env) if type(func) is cst.Attribute else None
        if task is not None:  # app.send_task("reports.stamp", args=[x]): the task registered so, given x
            given = task[1]
        elif partial is not None:  # fetch(url) after fetch = functools.partial(requests.get, timeout=5)
            func = partial.args[0].value
        elif run is not None:  # executor.submit(f, x), Thread(target=f, args=(x,)): f(x), in another thread
            func, given = run
        elif type(func) is cst.Attribute and self.deferred(func):
            func = func.value  # render_pdf.delay(slug): render_pdf(slug), run later by a worker
            given = packed(call) or given  # render_pdf.apply_async(args=[slug]): the same
        qualified = self.a.names.qualname(func) or self.called_instance(func)
        name = qualified or dotted(func) or ""
        method = func.attr.value if type(func) is cst.Attribute else None
        receiver = self.a.eval(func.value, env) if type(func) is cst.Attribute else CLEAN
        if type(func) is not cst.Name and type(func) is not cst.Attribute:
            self.a.called = func  # getattr(obj, name)(), handlers[key](): what picks the callee runs first
            self.a.eval(func, env)
        self.a.enclosing.append(name)
        try:
            args = [(a, self.a.eval(a.value, env)) for a in given]
            if partial is not None:  # the arguments given in advance come first
                args = [(a, self.a.eval(a.value, env)) for a in partial.args[1:]] + args
        finally:
            self.a.enclosing.pop()
        made = self.instance_method(func) if method is not None else None
        if type(func) is cst.Attribute and (
            method in self.a.known["mutators"] or made in self.a.known["mutators"]
        ):  # parts.append(value): parts now holds it; desk.set(value) of desk = ContextVar("desk")
            key = self.a._key(func.value)
            added = union(*(t for _, t in args))
            if key is not None:
                env.consts.pop(key, None)
            if key is not None and added:
                env.values[key] = union(env.values.get(key, CLEAN), with_step(added, call, f"added to {key}"))
                self.a.stores.key_added(key, added, env)  # filters.update(chosen): its keys too
        for sink in self.a.sink_calls.get(name, ()):
            self.a.sinks.sink_call(sink, call, args, receiver, name, env)
        check_unescaped(self.a, call, name, args, env)  # render_template_string(PAGE, answer=html), {{ answer|safe }}
        if method is None and self.a.sink_calls and any(t for _, t in args):  # Note(**data), Note a model class
            for base in ancestors(self.a, func):
                for sink in self.a.sink_calls.get(base, ()):
                    self.a.sinks.sink_call(sink, call, args, receiver, f"{dotted(func) or name} (a {base})", env)
        # od = URLopener(); od.open(url): the model's urllib.request.URLopener.open; self.send_header(...) in a
        # subclass of http.server.BaseHTTPRequestHandler that does not define it: the base class's method
        for known in (made, *self.inherited(func)) if method is not None else ():
            for sink in self.a.sink_calls.get(known or "", ()):
                self.a.sinks.sink_call(sink, call, args, receiver, known or "", env)
        namespace_get = method in ("get", "pop") and type(func) is cst.Attribute and _namespace(func.value)
        if namespace_get and args and "reflection" in self.a.sink_kinds:  # globals().get(name)
            self.a.sinks.check(NAMESPACE_LOOKUP, call, "a namespace lookup", args[0][1])
        if type(func) is cst.Attribute:  # audit.warning("...") of a LoggerAdapter whose process() logs its extra
            logged_extra(self.a, call, func, receiver)
        owner = dotted(func.value) if type(func) is cst.Attribute else None
        own = owner in ("self", "cls")  # a class's own methods are not library sinks, unless a model names the
        if method is not None:  # receiver (a tornado handler's self.redirect(url), inherited from the framework)
            for sink in self.a.sink_methods.get(method, ()):
                if own and (
                    owner not in sink.receiver_names or method in self.a.classes.get(self.a.current_class or "", {})
                ):
                    continue
                # audit = logging.getLogger(...): named by its maker; logger.bind(room=r).info(...): by the call
                maker = self.a.made_by.get(owner or "") or self.made_by_call(func)
                if sink.receiver_names and not any(n and _matches(n, sink.receiver_names) for n in (owner, maker)):
                    continue
                if sink.receiver_except and self.excepted_receiver(func, owner, sink.receiver_except):
                    continue
                if sink.receiver_chain and not chained_through(cast(cst.Attribute, func).value, sink.receiver_chain):
                    continue  # data.update(x) of a dict is no Query.update of session.query(Room).filter(...)
                if not sink.receiver_names and method in own_methods(self.a) and made is None:
                    continue  # action.execute(path) in a module whose classes define execute(): likely theirs
                if not sink.receiver_names and made is not None and project_method(self.a, made, sink.patterns):
                    continue  # main = ParserMain(...); main.execute(argv): the project's class, its summary judges
                self.a.sinks.sink_call(sink, call, args, receiver, f"{owner or '...'}.{method}()", env)
        if method == "get" and (entry := validated_get(self.a, call, env)) is not None:  # cleaned_data.get("n")
            return union(entry, *(t for _, t in args[1:]))
        if type(func) is cst.Attribute:
            stored = self.a.stores.method(call, func, args, env)
            if stored is not None:
                return stored
        if type(func) is cst.Name and ENUM_BASES.intersection(self.a.bases.get(func.value, ())):
            return CLEAN  # SortField(x): a member of the enumeration (or ValueError), not x
        if name in self.a.known["decoders"]:  # unicodedata.normalize("NFKC", checked): new characters, unchecked
            return reopened(union(*(t for _, t in args)))
        if method in self.a.known["given-location"] and args:
            receiver = CLEAN  # auth.redirect_to(url), also where a model clears it: the URL given, not the object's
        kinds = self.sanitizes(name, method)
        if kinds is not None and method is not None and self.own_method(func, made):
            kinds = self.sanitizes(name, None)  # Distributor().render(x): the project's method, not a library's
        elif kinds is None and made is not None:  # Markup("<b>{}</b>").format(name): a method of what a call made
            kinds = self.sanitizes(made, method)
        for base in self.library_bases(func) if kinds is None and method in self.a.sanitizers.tails else ():
            kinds = self.sanitizes(f"{base}.{method}", method)  # Pages().get_page_size(r): PageNumberPagination's
            if kinds is not None:
                name = f"{base}.{method}"
                break
        if method in ("replace", "translate", "encode"):  # name.replace(" ", "_") keeps its line breaks
            kinds = escaped_kinds(self.a, call, method, kinds, env)  # ticker.translate(HTML_ESCAPES): its table
        if kinds is None and name == "re.sub" and len(call.args) >= 3:
            kinds = self._stripped(self.a.fold(call.args[0].value, env), call.args[1], env)
            args = args[2:3] if kinds is not None else args  # re.sub(r"[^a-z0-9]", "", x): letters and digits left
        elif kinds is None and method == "sub" and len(call.args) >= 2 and type(func) is cst.Attribute:
            owner = dotted(func.value) or ""  # NOT_DIGITS.sub("", x) of NOT_DIGITS = re.compile(r"[^0-9]")
            kinds = self._stripped(self.a.guards.pattern_of(owner), call.args[0], env)
            receiver, args = (CLEAN, args[1:2]) if kinds is not None else (receiver, args)
        if kinds is None and name == "map" and args:  # map(escape, values): each value through the sanitizer
            mapper = args[0][0].value
            mapped = self.a.names.qualname(mapper) or dotted(mapper) or ""
            kinds = self.sanitizes(mapped, mapper.attr.value if type(mapper) is cst.Attribute else None)
            receiver, args = CLEAN, args[1:]
        if kinds is None:  # markdown.markdown(text, extensions=[Cleaning()]): its postprocessor runs bleach.clean
            kinds = cleaned_markdown(self.a, call, name)
        if kinds is None and method in self.a.known["lookups"] and (convert := lookup_converter(call)) is not None:
            name = self.a.names.qualname(convert) or dotted(convert) or ""  # args.get("id", type=int): int(value)
            kinds = self.sanitizes(name, None)
        if kinds is not None:
            inner = union(receiver, *(t for _, t in args))
            where = frozenset(label for label in inner if label.kind in self.a.location_kinds)  # open(tmp)
            # a converter (int(x), or a reader of the request that converts what it reads: Falcon's
            # req.get_param_as_int(), a pass-through method a sanitizer names) returns the value validated
            converts = name in CONVERTERS or made in CONVERTERS or (method in self.a.known["pass-through"])
            if kinds == ALL_KINDS and not converts:
                return where
            return union(where, cleared(inner - where, kinds))
        result: Taint = CLEAN
        for source in self.sources_of(name, made):  # rng = random.Random(); rng.choice(): random.Random.choice
            if source.given and not given_keyword(call, source.given):
                continue  # httpx.HTTPTransport(retries=3): a socket path (uds=) makes it a source, nothing else
            if source.given_names and not source.named_by(lambda k: keyword_name(self.a.names.qualname, call, k)):
                continue  # URLSafeSerializer(key): JSON; serializer=pickle makes it one that unpickles
            result = union(result, self.a.sources.label(source, call, f"{name}()"))
        if (built := post_initialised(self.a, call, args)) is not None:  # a dataclass with __post_init__
            return union(result, built)
        local = self.local_function(func)
        if local is None and any(t for _, t in args) and (inherited := super_method(self.a, func)):
            local = inherited[0], inherited[1], True  # super().__init__(x) given data: the base's method, on self
        if local is not None:
            fn, cls, skip_self = local
            if fn.returns is not None:  # a function annotated to return a marked type
                for source in self.a.annotation_sources:
                    if self.a.sources.annotated(fn.returns.annotation, source):
                        result = union(result, self.a.sources.label(source, call, f"{fn.name.value}()"))
            decorators = [_decorator_name(d, self.a.names) for d in decorators_of(self.a, fn)]
            for source in self.a.decorated_models:  # a function decorated as producing marked values
                if self.a.sources.applies(source) and any(
                    source.matches(d) or source.matches(d.rsplit(".", 1)[-1]) for d in decorators
                ):
                    result = union(result, self.a.sources.label(source, call, f"{fn.name.value}()"))
            summary = lent_summary(self, fn, cls, call, args) or self.summary(fn, cls)  # call_with(exec, src)
            if summary.constants is not None:
                self.values[id(call)] = summary.constants
            constructor = cls is not None and fn.name.value == "__init__" and type(func) is cst.Name
            applied = self.apply_summary(
                summary, fn.name.value, skip_self, call, args, receiver, constructor, (func, env)
            )
            if type(func) is cst.Name and (closed := env.values.get(f"{func.value}()")):  # and what it closes over
                applied = union(applied, with_step(closed, call, f"returned by {func.value}()"))
            return union(result, applied)
        tainted = bool(receiver) or any(t for _, t in args)
        if not tainted and method is not None and self.a.project is not None:  # named.sql(): named.conditions
            tainted = any((attributes(self, func, env) or {}).values())
        callbacks = passed_callbacks(self.a, call) if tainted and self.a.project is not None else ()
        if task is not None and self.a.project is not None:  # (named_task: only with the project's summaries)
            remotes = [self.a.project.callee(t, tainted, self.a.depth + 1, callbacks=callbacks) for t in task[0]]
        else:  # (a signal's send: each of its receivers)
            remotes = [self.remote(func, tainted, union(*(t for _, t in args)), callbacks)]
        for remote in filter(None, remotes):
            if remote.summary.constants is not None:
                self.values[id(call)] = remote.summary.constants
            name = remote.qualified.rsplit(".", 1)[-1]
            applied = self.apply_summary(
                remote.summary, name, remote.method, call, args, receiver, remote.constructor, (func, env)
            )
            result = union(result, applied)
        if any(remotes):
            return result
        if qualified is not None:
            result = union(result, self.a.sources.object_source(qualified, call, None))
        if type(func) is cst.Name and (closed := env.values.get(f"{func.value}()")):
            result = union(result, with_step(closed, call, f"returned by {func.value}()"))  # a nested function
        if name in COPIES and len(args) == 1 and any(OBJECT in label.cleared for label in args[0][1]):
            # copy.deepcopy(request): the same object again, whose attributes its model describes (the copy's
            # path is the request's path, not a value made of the request)
            copied = args[0][1]
            objects = frozenset(label for label in copied if OBJECT in label.cleared)
            note = f"copied by {name}()"
            return union(result, with_step(objects, call, note, alias=True), with_step(copied - objects, call, note))
        if (attr := _constant_attribute(name, call, self.a.names.qualname)) is not None:
            # getattr(request, "event", default): the attribute as `request.event` reads it, or the default;
            # getattr(q, "table") of an instance whose fields are known: that field, as q.table reads it
            holder = self.a._key(call.args[0].value)
            held = env.values.get(f"{holder}.{attr}") if holder is not None else None
            held = self.a.class_attribute(call.args[0].value, attr, call) if held is None else held  # getattr(st, "t")
            read = held if held is not None else self.a.sources.read_attribute(call.args[0].value, attr, args[0][1])
            propagated = union(read, *(t for _, t in args[2:]))
        elif name == "print" and (buffer := self.a.stores.print_file(call)) is not None:
            # print(text, file=buf) of an in-memory buffer: buf holds the text, as buf.write(text)
            written = with_step(union(*(t for a, t in args if a.keyword is None)), call, f"written to {buffer}")
            env.values[buffer] = union(env.values.get(buffer, CLEAN), written)
            propagated = CLEAN
        elif (attr := _set_attribute(name, call)) is not None and (holder := self.a._key(call.args[0].value)):
            # setattr(st, "currency", x): as st.currency = x
            env.values[f"{holder}.{attr}"] = with_step(args[2][1], call, f"assigned to {holder}.{attr}")
            self.a.kept(f"{holder}.{attr}", call.args[2].value, env)
            propagated = CLEAN
        elif name == "getattr" and len(args) in (2, 3) and not any(a.keyword or a.star for a, _ in args):
            # getattr(Sorts, name, default): one of the object's attributes, or the default; what the object
            # holds, not the name (a name the client chooses is the reflection sink's, INP420)
            propagated = union(args[0][1], *(t for _, t in args[2:]))
        elif method in self.a.known["given-location"] and args:
            # request.build_absolute_uri(reverse("home")): the location given, on the validated host
            propagated = union(*(t for _, t in args))
        elif method in self.a.known["lookups"]:  # d.get(key, default): a value of the container, not the key
            key = self.a.fold(args[0][0].value, env) if args else UNKNOWN
            propagated = union(self.a.credentials.keyed(call, key, receiver), *(t for _, t in args[1:]))
        elif (
            method == "format"
            and type(func) is cst.Attribute
            and isinstance(template := self.a.fold(func.value, env), str)  # a literal, or a name bound to one
        ):
            taint_of = {id(a.value): self.a.stores.placed_values(a, t, env) for a, t in args}
            found = format_slots(template, call, marker="\0")
            if found is None:  # a template str.format() cannot parse: the values are not placed
                propagated = union(*taint_of.values())
            else:
                propagated = placed(self.a, call, [(before, taint_of[id(v)]) for before, v in found[1]])
        elif name in PATH_JOINS and args and not any(a.keyword or a.star for a, _ in args):
            propagated = joined(self.a, args, env)  # os.path.join("/srv/prices", name): a local file's path
        elif (parts := joined_parts(self.a, name, call, env)) is not None:
            propagated = parts  # urlunsplit((scheme, host, path, query, "")): the host part decides
        elif method == "_replace" and (parts := replaced_parts(args, receiver)) is not None:
            propagated = parts  # urlsplit(LOGIN_URL)._replace(query=q): the login URL's host still
        elif method is not None and method not in self.a.known["pass-through"] and qualified is None:
            # a method of an object we know nothing about: its result is not the object's data
            # (reporter.get_traceback_html() is not request data because the reporter holds a request)
            propagated = union(*handed_on(self.a, func, args))  # self.get_response(request): a response
        else:
            # request.get_host(): what the model says of the attribute (excluded, cleared) holds for the call
            data = self.a._attribute(func, env) if type(func) is cst.Attribute and receiver else receiver
            data = self.a.sources.file_name(method, data) if method else data  # archive.namelist(): the client's
            propagated = union(data, *handed_on(self.a, func, args))  # view(request) in its decorator: a response
        return union(result, with_step(propagated, call, f"through {name or 'a call'}()") if propagated else CLEAN)

    def read(self, expr: cst.Attribute, taint: Taint) -> Taint:
        """An attribute of an object a call made, named like its methods (`pathlib.Path.name` for
        `Path(x).name`, or `p.name` after `p = Path(x)`): what a sanitizer entry of that name clears. In a
        method summarised, `self.page` is the receiver's attribute, told apart from its others."""
        if not taint:
            return taint
        owner = expr.value
        if type(owner) is cst.Name and owner.value == "self" and any(label.param == 0 for label in taint):
            attribute = f"self.{expr.attr.value}"
            taint = frozenset(
                replace(label, origin=attribute) if label.param == 0 and label.origin == "self" else label
                for label in taint
            )
        maker = (
            self.a.names.qualname(owner.func)
            if type(owner) is cst.Call
            else self.a.made_by.get(owner.value)
            if type(owner) is cst.Name
            else None
        )
        kinds = self.sanitizes(f"{maker}.{expr.attr.value}", None) if maker else None
        return cleared(taint, kinds) if kinds else taint

    def _stripped(self, pattern: Any, replacement: cst.Arg, env: Env) -> frozenset[str] | None:
        """What `re.sub(pattern, "", text)` leaves text harmless for: only letters, digits, `_` and `-` are
        left, no separator nor dot (paths and URLs too); with dots also left, content only (`[^0-9.]`:
        an amount, but ".." stays)."""
        if self.a.fold(replacement.value, env) != "" or not isinstance(pattern, str):
            return None
        if strips_to_plain(pattern):
            return CONTAINED_KINDS | CONTENT_KINDS
        return CONTENT_KINDS if strips_to_plain(pattern, extra=".") else None

    def sanitizes(self, name: str, method: str | None) -> frozenset[str] | None:
        """The sink kinds a call of this callee (or method) makes safe, over every model entry naming it a
        sanitizer (None: none does)."""
        found = self.a.sanitizers.kinds(name, method)
        return ALL_KINDS if found is not None and ALL in found else found

    def apply_summary(
        self,
        summary: Summary,
        name: str,
        skip_self: bool,
        call: cst.Call,
        args: list[tuple[cst.Arg, Taint]],
        receiver: Taint = CLEAN,
        constructor: bool = False,
        receiver_of: tuple[cst.BaseExpression, Env] | None = None,
    ) -> Taint:
        """What a call returns by the callee's summary (a constructor: the instance, holding what it
        stores), with the sinks its parameters reach reported here. `receiver_of`: the callee expression and
        the state, for what the receiver holds per attribute (what the method reads of `self.<attribute>`)."""
        params = summary.params
        offset = 1 if skip_self and params and params[0] in ("self", "cls") else 0
        by_index: dict[int, Taint] = {0: receiver} if offset and not constructor else {}
        positional = [t for a, t in args if a.keyword is None and not a.star]
        for i, taint in enumerate(positional):
            if i + offset < summary.positional:
                by_index[i + offset] = taint
            elif summary.star >= 0:  # what is left over goes into *args
                by_index[summary.star] = union(by_index.get(summary.star, CLEAN), taint)
        names = {p: i for i, p in enumerate(params) if i >= offset and i not in (summary.star, summary.double_star)}
        for a, taint in args:
            if a.keyword is not None and a.keyword.value in names:
                by_index[names[a.keyword.value]] = taint
            elif (a.keyword is not None or a.star == "**") and summary.double_star >= 0:  # into **options
                if a.keyword is not None:  # f(scope=x): under a key the code names, not one the data chooses
                    taint = cleared(taint, MASS_ASSIGNMENT)
                by_index[summary.double_star] = union(by_index.get(summary.double_star, CLEAN), taint)
        by_index.update(context_passed(summary, receiver_of[1] if receiver_of else None))  # ROOM.set(x) before

        fields: list[dict[str, Taint] | None] = []  # worked out once, when a label asks

        def settle(clears: frozenset[str]) -> frozenset[str]:
            """A check that held if a parameter holds no outsider's value, decided by what this call passes."""
            return settled(clears, lambda param: by_index.get(param, CLEAN))

        def passed(label: Label) -> Taint:
            """What this call passes for a parameter label; for one read as attributes of the parameter, what
            those attributes of it hold."""
            return self.a.sources.passed_read(label, given(label))

        def given(label: Label) -> Taint:
            """What this call passes for a parameter label (`self.page`: the receiver's attribute)."""
            if CREDENTIALS in label.origin:  # log_headers(request): what it reads of request.headers
                return self.a.credentials.passed(label, by_index.get(label.param, CLEAN), call)
            if NO_CREDENTIALS in label.cleared:  # log_origin(request.headers): what it reads under "Origin"
                return self.a.credentials.without(by_index.get(label.param, CLEAN))
            if label.param == summary.double_star and label.origin.endswith(KEYS):  # the keywords' names
                return self.a.stores.passed_keys(args, receiver_of[1] if receiver_of else None)
            if label.param == 0 and label.origin.startswith("self.") and receiver_of is not None:
                if not fields:
                    fields.append(attributes(self, *receiver_of))
                held = fields[0]
                if held is not None and label.origin[5:] in held:
                    return held[label.origin[5:]]
                owner = receiver_of[0].value if isinstance(receiver_of[0], cst.Attribute) else None
                if type(owner) is cst.Name and owner.value == "self":  # self.store(): this object's attribute
                    return self_attribute(by_index.get(0, CLEAN), label.origin)
                if held is not None and owner is not None and self.own_attribute(owner, label.origin[5:]):
                    return CLEAN  # what the instance holds is known: an attribute its class sets otherwise is its own
            whole = by_index.get(label.param, CLEAN)
            read = [mark[len(READ) :] for mark in label.cleared if mark.startswith(READ)]
            passed_expr = passed_for(label.param) if read and receiver_of is not None else None
            if passed_expr is None or receiver_of is None or any(OBJECT in found.cleared for found in whole):
                return whole  # a source object: what its model says those attributes hold (passed_read)
            # handle(command), write(req): command.model_id, req.mandate and req.fmt as they are here
            here = [attribute_here(self.a, passed_expr, attr, receiver_of[1]) for attr in read]
            return whole if any(taint is None for taint in here) else union(*(t for t in here if t is not None))

        def passed_for(param: int) -> cst.BaseExpression | None:
            """The expression this call passes for a parameter (by position or keyword)."""
            positional_args = [a.value for a, _ in args if a.keyword is None and not a.star]
            if 0 <= param - offset < len(positional_args):
                return positional_args[param - offset]
            name = params[param] if 0 <= param < len(params) else None
            return next((a.value for a, _ in args if a.keyword is not None and a.keyword.value == name), None)

        def instantiate(returned: Taint, alias: bool = True) -> Taint:
            """What the callee returns, with its parameters replaced by what this call passes (`alias`: a
            parameter returned is what was passed; an instance built with it is not)."""
            out = frozenset(label for label in returned if label.param < 0)
            if summary.foreign:  # a source read in the other module: shown at this call
                note = f"returned by {name}() of another module"
                out = frozenset(
                    replace(label, steps=((call, f"source: {label.origin} in {name}()"), (call, note))) for label in out
                )
            for label in returned:
                if label.param >= 0 and passed(label):
                    actual = with_step(passed(label), call, f"passed to {name}()", alias=alias)
                    out = union(
                        out,
                        frozenset(replace(a, cleared=a.cleared | for_passed(settle(label.cleared), a)) for a in actual),
                    )
            return out

        result = instantiate(summary.stores, alias=False) if constructor else instantiate(summary.returns)
        if summary.fields is not None:  # a constructor, or a class method building an instance
            self.fields[id(call)] = {attr: instantiate(taint) for attr, taint in summary.fields.items()}
        if summary.items is not None:
            self.a.call_items[id(call)] = tuple(instantiate(item) for item in summary.items)
        if offset and not constructor:  # query.where(clause): the receiver keeps what the method stores in it
            keep(self, summary, call, receiver_of, instantiate)
        for _, sink, node, label, sink_name in summary.param_sinks:
            if label.param in summary.own_sources:
                continue  # reported in the callee, where its own parameter is the source
            actual = self.passed_to_query(label, passed(label), passed_for)
            for real in actual:
                if real.param >= 0 and self.a._summary_mode == 0:
                    continue
                merged = replace(
                    real,
                    steps=(*real.steps, (call, f"passed to {name}()"), *label.steps[1:]),
                    cleared=real.cleared | for_passed(settle(label.cleared), real),
                )
                if not merged.clears(sink.kind):
                    where = sink_name if node is not None else f"{sink_name} in {name}()"
                    self.a.sinks.report(sink, node if node is not None else call, merged, where)
        return result

    def summary(self, fn: cst.FunctionDef, cls: str | None) -> Summary:
        if (merged := overloads_summary(self, fn, cls)) is not None:
            return merged  # a @singledispatch function: what any of its registered implementations does
        key = id(fn)
        if key in self.a.summaries:
            return self.a.summaries[key]
        if key in self.a.computing:
            return Summary()
        self.a.computing.add(key)
        saved = (self.a.current_class, self.a.hits)
        self.a.current_class = cls
        self.a.hits = {}
        self.a._summary_mode += 1
        try:
            returns, env = self.a._function(fn, self.a.module_env, param_labels=True)
            own_sources = self.a.last_own_sources
            stores = union(*(t for k, t in env.values.items() if k.startswith("self."))) if cls else CLEAN
            # per attribute, but not a container another method may fill later (self.items = {}): that one
            # holds whatever the instance holds
            containers = _containers(fn) if cls and fn.name.value == "__init__" else frozenset()
            rewrites = fn.name.value == "__post_init__"  # self.x = int(self.x): the receiver's own, rewritten
            fields = {
                k[5:]: frozenset(label for label in t if label.param != 0 or rewrites)
                for k, t in env.values.items()
                if cls and k.startswith("self.") and k[5:].isidentifier() and (t or k[5:] not in containers)
            }
            ends = _ends_with_return(fn)
            generated = self.last_yielded if self.last_yielded and yields_as_statements(fn) else None
            summary = Summary(
                returns=returns,
                constants=frozenset(self.last_returned)
                if self.last_returned and ends
                else frozenset({tuple(sorted(generated, key=repr))})  # what iterating it gives, one by one
                if generated
                else None,
                items=_items_of(self.a.last_tuple_returns),
                stores=frozenset(label for label in stores if label.param != 0),
                fields=fields
                if fn.name.value in ("__init__", "__post_init__")
                else factory_fields(self, fn)
                if cls
                else None,
                kept=kept(env) if cls and fn.name.value != "__init__" else None,
                params=tuple(p.name.value for p in self.a._params(fn)),
                positional=len(fn.params.posonly_params) + len(fn.params.params),
                star=_star_index(fn),
                double_star=len(self.a._params(fn)) - 1 if type(fn.params.star_kwarg) is cst.Param else -1,
                own_sources=own_sources,
                context=self.a.context_vars,
            )
            for hit in self.a.hits.values():
                if hit.label.param >= 0:
                    summary.param_sinks.append((hit.label.param, _sink_of(hit), hit.node, hit.label, hit.sink))
            real = {k: h for k, h in self.a.hits.items() if h.label.param < 0}
        finally:
            self.a._summary_mode -= 1
            self.a.current_class, self.a.hits = saved
            self.a.computing.discard(key)
        self.a.hits.update(real)
        self.a.summaries[key] = summary
        return summary


COPIES = frozenset({"copy.copy", "copy.deepcopy"})
"""The calls that give a copy of an object: what the object is (a request, whose attributes a model describes)."""
