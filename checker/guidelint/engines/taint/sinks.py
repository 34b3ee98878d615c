"""Where tainted values are reported."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.cst.bindings import scope_nodes
from guidelint.egress import allowed_url
from guidelint.engines.taint import argv
from guidelint.engines.taint.concat import shown_by_repr
from guidelint.engines.taint.credentials import CREDENTIALS, HELD
from guidelint.engines.taint.definitions import marked
from guidelint.engines.taint.displays import sent_as_json
from guidelint.engines.taint.hierarchy import derives_from
from guidelint.engines.taint.judged import still_judged
from guidelint.engines.taint.labels import CLEAN, READ, UNKNOWN, Env, Hit, Label, Taint, checked, union
from guidelint.engines.taint.logformat import brace_fields, is_loguru, loguru_receiver, placed_fields
from guidelint.engines.taint.mediatypes import MediaTypes
from guidelint.engines.taint.models import Sink
from guidelint.engines.taint.querydocs import QueryDocument
from guidelint.engines.taint.registrations import decorators_of
from guidelint.engines.taint.stores import KEYS
from guidelint.engines.taint.syntax import (
    _constant_index,
    _decorator_name,
    _matches,
    _walk,
    allowed_keys,
    bound_values,
    fixed_keys,
    raises,
    returns_response,
)
from guidelint.engines.taint.tables import FILE_OBJECT, NO_SCHEME, OPTION, SHELL_ARGV, json_body
from guidelint.knowledge import active as active_knowledge
from guidelint.semantic.constants import constant_value, is_constant
from guidelint.semantic.formatting import PERCENT_SPEC
from guidelint.semantic.names import dotted

LOG_KINDS = frozenset({"log"})

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis


class Sinks:
    """Where tainted values are reported: sink calls and assignments, shells started as programs, hosts."""

    def __init__(self, analysis: Analysis) -> None:
        self.media = MediaTypes(analysis)
        self.a: Analysis = weakref.proxy(analysis)  # the analysis holds its parts: no cycle keeps its tree alive

    def assign_sinks(
        self, named: cst.BaseExpression, target: cst.CSTNode, value: Taint, *, item: bool, key_taint: Taint = CLEAN
    ) -> None:
        """Assignments that are sinks: response.headers["X"] = value, resp.text = value (and the key of
        session[key] = value where the model says so)."""
        if not (value or key_taint) or not self.a.assign_sinks:
            return
        text = dotted(named)
        if text is None:
            return
        key = _constant_index(target) if type(target) is cst.Subscript else UNKNOWN
        maker = self.a.calls.maker(named)  # store = await aiohttp_session.get_session(request): named by its maker
        qualified = self.a.names.qualname(named)  # from flask import session as flask_session: flask.session
        for sink in self.a.assign_sinks:
            if sink.items_only and not item:
                continue
            if sink.keys and not (isinstance(key, str) and _matches(key.lower(), tuple(sink.keys))):
                continue
            if not any(n is not None and _matches(n, sink.patterns) for n in (text, maker, qualified)):
                continue
            if (  # http.headers[...] of http = requests.Session(): an outbound request's, no response's
                sink.receiver_except
                and type(named) is cst.Attribute
                and self.a.calls.excepted_receiver(named, dotted(named.value), sink.receiver_except)
            ):
                continue
            if self.a.sources.applies(sink) and not self.exempt(sink):
                fn = self.a.names.functions[-1] if self.a.names.functions else None
                if sink.content_type_set and fn is not None and self.media.set_plain(fn, sink):
                    continue  # resp.content_type = falcon.MEDIA_TEXT, then resp.text = ...
                self.check(sink, target, f"assigned to {text}", value)
                if sink.item_keys:
                    self.check(sink, target, f"a key of {text}", key_taint)

    def logged(self, args: list[tuple[cst.Arg, Taint]], env: Env, braces: bool) -> list[tuple[cst.Arg, Taint]]:
        """The arguments of a logging call whose constant message formats them with %r, %a or a number
        conversion (`braces`, loguru's: {!r}, {!a}, {:d}): what it writes of them holds no line break, so
        they forge no log line (AUD401)."""
        positional = [i for i, (a, _) in enumerate(args) if a.keyword is None and not a.star]
        template = self.a.fold(args[positional[0]][0].value, env) if positional else UNKNOWN
        if not isinstance(template, str) or any(a.star for a, _ in args):
            return args
        if braces:  # loguru: positional fields by position, named ones by keyword (placed: a message argument)
            return placed_fields(args, positional, brace_fields(template) or {})
        conversions = [m.group("conv") for m in PERCENT_SPEC.finditer(template) if m.group("conv") != "%"]
        if any(m.group("key") for m in PERCENT_SPEC.finditer(template)):
            return args  # "%(user)r" % mapping: not placed by position
        placed = list(zip(positional[1:], conversions, strict=False))
        escaped = {i for i, conv in placed if conv not in "sc"}
        fn = self.a.names.functions[-1] if self.a.names.functions else None
        shown = {
            i for i, conv in placed if conv == "s" and shown_by_repr(args[i][0].value, fn, self.a.known["repr-readers"])
        }  # %s of ids
        # a confidential value is as confidential written with repr()
        return [(a, checked(t, LOG_KINDS) if i in escaped or i in shown else t) for i, (a, t) in enumerate(args)]

    def sink_call(
        self, sink: Sink, call: cst.Call, args: list[tuple[cst.Arg, Taint]], receiver: Taint, name: str, env: Env
    ) -> None:
        wanted = sink.kind in self.a.sink_kinds or (
            sink.kind == "process" and bool({"shell", OPTION} & self.a.sink_kinds)
        )
        if not wanted or not self.a.sources.applies(sink) or self.exempt(sink):
            return
        if sink.only_called and self.a.called is not call and not self.called_later(call):
            return
        if sink.unless_argument_of and self.a.enclosing and _matches(self.a.enclosing[-1], sink.unless_argument_of):
            return
        functions = self.a.names.functions
        if sink.unless_restricted_by and restricted(self.a, call, sink.unless_restricted_by):
            return  # unpickler = pickle.Unpickler(f); unpickler.find_class = allowed_only
        if sink.when_set and not sets_attributes(self.a, call, sink.when_set):
            return  # msg = EmailMessage(subject, body) and no msg.content_subtype = "html": sent as plain text
        if sink.content_type_set and functions and self.media.set_plain(functions[-1], sink):
            return  # self.set_header("Content-Type", "text/plain") in the handler
        if (
            sink.content_type_set
            and sink.receiver_names == ("self",)
            and self.media.class_sets_type(sink.content_type_set)
        ):
            return  # a handler class choosing its own Content-Type (self.serialize() setting it per Accept)
        if sink.when_keyword or sink.when_position >= 0:
            value = next(
                (a.value for a, _ in args if a.keyword is not None and a.keyword.value == sink.when_keyword), None
            )
            if value is None and sink.when_position >= 0:  # set_header("Location", url): by its position
                by_position = [a.value for a, _ in args if a.keyword is None and not a.star]
                value = by_position[sink.when_position] if sink.when_position < len(by_position) else None
            folded = self.a.fold(value, env) if value is not None else None
            if sink.when_names:  # Loader=yaml.SafeLoader: a class or object named in code, or a class of
                named = self.a.names.qualname(value) if value is not None else None  # the project derived from one
                holds = named is not None and _matches(named, sink.when_names)
                holds = holds or (value is not None and derives_from(self.a, value, frozenset(sink.when_names)))
            elif sink.when_given:  # auth=(user, password) passed, not auth=None
                holds = value is not None and folded is not None
            else:  # a value the code does not fix (shell=use_shell) may be true: judged as if it were
                holds = value is not None and (
                    folded == sink.when_value or (folded is UNKNOWN and sink.when_value is True)
                )
            if holds == sink.when_negated:
                return
        if sink.unless_given and _given(args, sink.unless_given) and not still_judged(self.a, sink, args, env):
            return  # etree.fromstring(data, parser): judged where the parser is built, unless known here
        if sink.kind == "process":
            command = argv.shell_command(self.a, args, env, sink.keywords)
            if command is not None:  # ["bash", "-c", cmd]: cmd is a shell command line after all
                if "shell" in self.a.sink_kinds:
                    self.check(SHELL_ARGV, call, f"{name} (a shell's -c)", self.a.eval(command, env))
                args = [(a, argv.without(self.a, a.value, command, env, t)) for a, t in args]
            if not {sink.kind, OPTION} & self.a.sink_kinds:
                return
        if sink.host_args and self.to_allowed_host(sink, args, env):
            return
        if sink.content_type and not self.media.markup(sink, args, env):
            return
        if sink.into_kind and not any(label.kind == sink.into_kind for label in self.into(sink, args, receiver)):
            return
        tainted: list[Taint] = []
        # session.get(url) of a session made over a Unix socket: where the request goes, for the rules that ask
        through = frozenset(label.kind for label in receiver if label.kind in self.a.location_kinds)
        if sink.receiver:
            tainted.append(receiver)
        if sink.literal_ok:  # a literal built in code is no query text, but what it holds under literal_keys is
            fn = self.a.names.functions[-1] if self.a.names.functions else None

            def constant(expr: cst.BaseExpression) -> bool:
                return self.constant_collection(expr, env)

            args = [(a, self.literal_taint(a.value, sink, fn, constant, env, t)) for a, t in args]

            if fn is not None and not sink.literal_keys:  # kw = {"a": x}; kw["b"] = y; f(**kw): keys in code
                args = [
                    (a, CLEAN)
                    if a.star == "**" and type(a.value) is cst.Name and fixed_keys(fn, a.value.value, constant)
                    else (a, t)
                    for a, t in args
                ]
            if not sink.literal_keys:  # {k: data[k] for k in EDITABLE if k in data}: keys the code names
                args = [(a, CLEAN) if allowed_keys(a.value, constant) else (a, t) for a, t in args]
        if sink.json_objects and self.a.names.functions:  # self.write(record), record = {...}: written as JSON
            fn = self.a.names.functions[-1]
            args = [(a, CLEAN) if sent_as_json(self.a, fn, a.value) else (a, t) for a, t in args]
        if sink.objects_of:  # client.execute(SdkRequest(order_id)): an SDK's request object, not a statement
            args = [(a, CLEAN) if self.foreign_object(a.value, sink.objects_of) else (a, t) for a, t in args]
        if sink.argv_from >= 0:  # create_subprocess_exec("convert", "-resize", size): an argument list
            given = [(i, a) for i, (a, _) in enumerate(args) if a.keyword is None and not a.star][sink.argv_from :]
            if not any(a.star for a, _ in args):  # (an argument list after the program read in its place)
                # repo.git.fetch("origin", ref): the program the library starts (git) first, then the arguments
                head = [cst.SimpleString(repr(sink.argv_program))] if sink.argv_program else []
                items, owners = argv.spliced(head + [a.value for _, a in given])
                placed: dict[int, Taint] = {}
                for owner, t in zip(owners, argv.vector(self.a, items, env), strict=True):
                    if owner >= len(head):
                        at = given[owner - len(head)][0]
                        placed[at] = union(placed.get(at, CLEAN), t)
                if sink.splits_command and given and (line := argv.split_line(given[0][1].value, args[given[0][0]][1])):
                    placed[given[0][0]] = line  # pexpect.run("ping -c 1 " + host): host is an argument
                # (an argument left clean above, the shell command reported on its own, stays clean)
                args = [(a, placed.get(i, t) if t else t) for i, (a, t) in enumerate(args)]
        if sink.kind == "log":  # log.warning("locked: %r", user): repr() writes a line break as \\n
            logger = loguru_receiver(call.func)
            args = self.logged(args, env, braces=logger is not None and is_loguru(self.a.names.qualname(logger)))
        if sink.first_of_tuple and sink.kind == "html" and any(self.media.plain_tuple(a.value, env) for a, _ in args):
            return  # make_response((body, 200, {"Content-Type": "text/plain"})): shown as text
        if (
            sink.first_of_tuple
            and sink.kind == "html"
            and any(json_body(_body_of(a.value) or a.value) for a, _ in args)
        ):
            return  # make_response(dict(request.headers)): sent as JSON
        if sink.first_of_tuple:  # make_response((body, headers)): the body
            args = [(a, self.a.eval(body, env)) if (body := _body_of(a.value)) else (a, t) for a, t in args]
        positional = [(a, t) for a, t in args if a.keyword is None and not a.star]
        for position, (_, taint) in enumerate(positional):
            if sink.all_positions or position in sink.positions:
                tainted.append(taint)
        for a, taint in args:
            if a.keyword is not None and a.keyword.value in sink.keywords:
                tainted.append(taint)
            if a.star == "**" and sink.mapping:
                tainted.append(taint)
            if sink.how == "method" and not sink.receiver_names:  # (a receiver the model names, a logger: known)
                continue  # on a receiver of unknown type, *args is too speculative
            if a.star == "*" and (sink.all_positions or any(p >= len(positional) for p in sink.positions)):
                tainted.append(taint)  # *args may fill a position the sink cares about (**kwargs: too speculative)
        if sink.unless_argument_of and any(tainted) and self.decided_later(call, sink.unless_argument_of):
            return
        for taint in tainted:
            for label in taint:
                if sink.reads_file_objects and label.clears(FILE_OBJECT):
                    continue  # pandas.read_csv(request.files["f"]): read as a file, as a path sink reads it
                if sink.scheme_decides and label.clears(NO_SCHEME):
                    continue  # pandas.read_csv(os.path.join("/srv/prices", name)): a local file, no URL
                if not label.clears(sink.kind):
                    if sink.kind in self.a.sink_kinds:
                        self.report(sink, call, label, name, through)
                elif sink.kind == "process" and not label.clears(OPTION):  # an argument, not the program
                    self.report(replace(sink, kind=OPTION), call, label, name)

    def returned_by(self, fn: cst.FunctionDef, decorators: list[tuple[cst.Decorator, str]]) -> list[Sink]:
        """The sinks what `fn` returns goes to: a handler's response (`returns-of-decorated`), or what a
        method overriding a library class's one returns (`returns-of-methods`: a RedirectView's
        get_redirect_url() is where the browser is sent)."""
        cls = self.a.current_class
        methods = [f"{base}.{fn.name.value}" for base in self.a.bases.get(cls, [])] if cls else []
        return [
            s
            for s in self.a.return_models
            if (
                (s.how == "returns-of-decorated" and self.a.sources.decorated(decorators, s))
                or (
                    s.how == "returns-of-methods"
                    and not s.classes_marked
                    and any(_matches(m, s.patterns) for m in methods)
                )
                or (
                    s.how == "returns-of-methods"
                    and cls
                    and _matches(fn.name.value, s.patterns)
                    and marked(self.a, cls, s.classes_marked)
                )
                or (s.how == "returns-of-params" and tuple(p.name.value for p in fn.params.params) == s.patterns)
            )
            and self.a.sources.applies(s)
            and s.kind in self.a.sink_kinds
            and not (s.kind == "html" and returns_response(fn))
            and not (s.content_type and s.how != "returns-of-params" and not self.media.decorated_markup(s, decorators))
            and not (s.content_type_set and self.media.set_plain(fn, s))
            and not (s.content_type_attribute and not self.media.class_markup(s.content_type_attribute))
        ]

    def called_later(self, call: cst.Call) -> bool:
        """`handler = getattr(obj, name)`, then `handler(...)` in the same function: what the call returns
        is called, one statement later."""
        fn, bound = self.bound_to(call)
        return (
            fn is not None
            and bool(bound)
            and any(
                type(node) is cst.Call and type(node.func) is cst.Name and node.func.value in bound
                for node in _walk(fn.body)
            )
        )

    def bound_to(self, call: cst.Call) -> tuple[cst.FunctionDef | None, set[str]]:
        """The function being walked and the names it assigns the call's result to (`x = call`)."""
        fn = self.a.names.functions[-1] if self.a.names.functions else None
        if fn is None:
            return None, set()
        return fn, {
            t.target.value
            for node in _walk(fn.body)
            if type(node) is cst.Assign and node.value is call
            for t in node.targets
            if type(t.target) is cst.Name
        }

    def into(self, sink: Sink, args: list[tuple[cst.Arg, Taint]], receiver: Taint) -> Taint:
        """Where a sink writes to: the receiver, or the destination arguments (json.dump(obj, fp))."""
        if not sink.into_args:
            return receiver
        positional = [t for a, t in args if a.keyword is None and not a.star]
        found = [positional[i] for i in sink.into_args if isinstance(i, int) and i < len(positional)]
        found += [t for a, t in args if a.keyword is not None and a.keyword.value in sink.into_args]
        return union(*found)

    def to_allowed_host(self, sink: Sink, args: list[tuple[cst.Arg, Taint]], env: Env) -> bool:
        positional = [a.value for a, _ in args if a.keyword is None and not a.star]
        for where in sink.host_args:
            if isinstance(where, int):
                url = positional[where] if where < len(positional) else None
            else:
                url = next((a.value for a, _ in args if a.keyword is not None and a.keyword.value == where), None)
            value = self.a.fold(url, env) if url is not None else UNKNOWN
            if isinstance(value, str):
                return allowed_url(value, self.a.options)
        return False

    def exempt(self, sink: Sink) -> bool:
        """Inside a function whose decorators the sink is not meant for (e.g. authorised handlers)."""
        patterns = sink.unless_decorated
        if sink.unless_authorized:
            patterns = (*patterns, *active_knowledge().authorization.decorators)
        if not patterns or not self.a.names.functions:
            return False
        names = [_decorator_name(d, self.a.names) for d in decorators_of(self.a, self.a.names.functions[-1])]
        return any(_matches(name.rsplit(".", 1)[-1], patterns) or _matches(name, patterns) for name in names)

    def check(self, sink: Sink, node: cst.CSTNode, what: str, taint: Taint) -> None:
        for label in taint:
            if not label.clears(sink.kind):
                self.report(sink, node, label, what)

    def report(
        self, sink: Sink, node: cst.CSTNode, label: Label, name: str, through: frozenset[str] = frozenset()
    ) -> None:
        # **filters: its keyword names apart from its values; the credentials an argument holds apart from it
        facet = next((end for end in (KEYS, HELD, CREDENTIALS) if label.origin.endswith(end)), "")
        if label.param >= 0:  # ... and each attribute of a parameter (`q.term`, `q.order`) apart from the others
            facet += "".join(sorted(mark for mark in label.cleared if mark.startswith(READ)))
        key = (sink.kind, id(node), label.origin if label.param < 0 else f"param{label.param}{facet}")
        existing = self.a.hits.get(key)
        if existing is None or label.rank < existing.label.rank:
            self.a.hits[key] = Hit(sink.kind, node, label, name, through, sink.message, sink.value_kinds)

    def decided_later(self, call: cst.Call, deciders: tuple[str, ...]) -> bool:
        """`amount = float(text)`, then `math.isfinite(amount)` in the same function: the code decides on the
        value as the call would have, had it been given the sink's result directly."""
        fn, names = self.bound_to(call)
        return (
            fn is not None
            and bool(names)
            and any(
                type(node) is cst.Call
                and any(type(a.value) is cst.Name and a.value.value in names for a in node.args)
                and _matches(self.a.names.qualname(node.func) or "", deciders)
                for node in _walk(fn.body)
            )
        )

    def constant_collection(self, expr: cst.BaseExpression, env: Env) -> bool:
        """A value the code fixes, or a list, tuple or set of literals, given there or bound to a name once
        at module level (`EDITABLE = {"name", "phone"}`; also wrapped in frozenset())."""
        if self.a.fold(expr, env) is not UNKNOWN or is_constant(expr):
            return True
        values = self.a.bindings.get(expr.value, []) if type(expr) is cst.Name else []
        if len(values) != 1:  # bound twice: not fixed
            return False
        value = values[0]
        if type(value) is cst.Call and dotted(value.func) == "frozenset" and value.args:
            value = value.args[0].value
        return is_constant(value)

    def foreign_object(self, expr: cst.BaseExpression, packages: tuple[str, ...]) -> bool:
        """An instance of a class imported from a package other than `packages`: `Req(x)` or a name bound to
        one (`req = Req(x)`), the class known by its qualified name and spelled as a class (CamelCase)."""
        maker = None
        if type(expr) is cst.Call:
            maker = self.a.names.qualname(expr.func)
        elif type(expr) is cst.Name:
            maker = self.a.made_by.get(expr.value)
        if maker is None or "." not in maker:
            return False
        last = maker.rsplit(".", 1)[1]
        return last[:1].isupper() and any(c.islower() for c in last) and not _matches(maker, packages)

    def literal_taint(
        self,
        expr: cst.BaseExpression,
        sink: Sink,
        fn: cst.FunctionDef | None,
        constant: Callable[[cst.BaseExpression], bool],
        env: Env,
        taint: Taint,
    ) -> Taint:
        """What a `literal-ok` sink fears of an argument (querydocs.py)."""
        return QueryDocument(self.a, fn, constant, env, sink.literal_keys, sink.operator_values).taint(expr, taint)

    def returned_entries(
        self, sink: Sink, expr: cst.BaseExpression, fn: cst.FunctionDef, env: Env, taint: Taint
    ) -> Taint:
        """What a `returns-of-params` sink fears of a returned value: a dict a platform turns into the response
        (an AWS Lambda handler's `{"statusCode": 302, "headers": {"Location": url}}`), read under the sink's
        `literal-keys`; with `content-type: [headers]`, only when the entry so named gives a markup type
        (`{"headers": {"Content-Type": "text/html"}, "body": page}`), or the `default-content-type` does."""

        def constant(e: cst.BaseExpression) -> bool:
            return self.constant_collection(e, env)

        found = self.literal_taint(expr, sink, fn, constant, env, taint) if sink.literal_ok else taint
        if not found or not sink.content_type:
            return found
        shown = bound_values(fn, expr.value) if type(expr) is cst.Name else [expr]
        for display in shown or [expr]:
            entries = [
                cst.Arg(value=e.value, keyword=cst.Name(key))
                for e in (display.elements if type(display) is cst.Dict else ())
                if type(e) is cst.DictElement
                and isinstance(key := constant_value(e.key), str)
                and key in sink.content_type
            ]
            given = [a for a in entries if isinstance(self.media.content_type(a.value, env), str)]
            if self.media.markup(sink, [(a, CLEAN) for a in given], env):
                return found
        return CLEAN


def _body_of(expr: cst.BaseExpression) -> cst.BaseExpression | None:
    """The first item of a tuple display (a response's body), if it is one."""
    if type(expr) is cst.Tuple and expr.elements and type(expr.elements[0]) is cst.Element:
        return expr.elements[0].value
    return None


def _given(args: list[tuple[cst.Arg, Taint]], where: tuple[int | str, ...]) -> bool:
    """An argument is passed at one of these positions or keywords."""
    positional = [a for a, _ in args if a.keyword is None and not a.star]
    return any(
        (isinstance(w, int) and w < len(positional))
        or (isinstance(w, str) and any(a.keyword is not None and a.keyword.value == w for a, _ in args))
        for w in where
    )


def restricted(a: Analysis, call: cst.Call, methods: tuple[str, ...]) -> bool:
    """The object `call` makes has one of `methods` replaced by one that refuses something (raises, itself or
    in a function of the module it calls): the module's class it is made of (or one of its bases of the
    module) defines it, or the function assigns a function of the module on the name the call is bound to
    (`unpickler = pickle.Unpickler(f)`, then `unpickler.find_class = allowed_only`). A replacement that
    refuses nothing (`find_class = pickle.Unpickler.find_class`, a lambda) restricts nothing."""
    if type(call.func) is cst.Name and call.func.value in a.classes:
        classes, seen = [call.func.value], set()
        while classes:
            cls = classes.pop()
            if cls in seen or cls not in a.classes:
                continue
            seen.add(cls)
            if any(m in a.classes[cls] and _refuses(a, a.classes[cls][m]) for m in methods):
                return True
            classes.extend(a.bases.get(cls, []))
    scope, bound = _bound_to(a, call)
    return bool(bound) and any(
        type(t.target) is cst.Attribute
        and t.target.attr.value in methods
        and type(t.target.value) is cst.Name
        and t.target.value.value in bound
        and type(node.value) is cst.Name
        and (replacement := a.functions.get(node.value.value) or a.calls.nested_function(node.value.value)) is not None
        and _refuses(a, replacement)
        for node in scope_nodes(scope)
        if type(node) is cst.Assign
        for t in node.targets
    )


def _bound_to(a: Analysis, call: cst.Call) -> tuple[cst.CSTNode, list[str]]:
    """The function (or module) walked, and the names it binds what `call` makes to (`msg = Mail(...)`)."""
    scope = a.names.functions[-1].body if a.names.functions else a.module
    bound = [
        t.target.value
        for node in scope_nodes(scope)
        if type(node) is cst.Assign and node.value is call
        for t in node.targets
        if type(t.target) is cst.Name
    ]
    return scope, bound


def sets_attributes(a: Analysis, call: cst.Call, settings: tuple[tuple[str, str], ...]) -> bool:
    """The function sets an attribute of the object `call` makes to a constant, one of `settings` (`msg =
    EmailMessage(subject, body)`, then `msg.content_subtype = "html"`): what makes the call's argument a sink."""
    scope, bound = _bound_to(a, call)
    return bool(bound) and any(
        type(t.target) is cst.Attribute
        and type(t.target.value) is cst.Name
        and t.target.value.value in bound
        and type(node.value) is cst.SimpleString
        and (t.target.attr.value, node.value.evaluated_value) in settings
        for node in scope_nodes(scope)
        if type(node) is cst.Assign
        for t in node.targets
    )


def _refuses(a: Analysis, fn: cst.FunctionDef) -> bool:
    """`fn` raises, itself or in a function of the module it calls (`return plain_only(module, name)`)."""
    return raises(fn) or any(
        type(node) is cst.Call
        and type(node.func) is cst.Name
        and (called := a.functions.get(node.func.value)) is not None
        and raises(called)
        for node in scope_nodes(fn.body)
    )
