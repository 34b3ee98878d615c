"""Taint tracking on libcst: values from sources flow through assignments, string building, containers,
calls and returns to sinks; sanitizers and guards clear them for the sinks they protect.

The analysis is intraprocedural with summaries of the functions defined in the same module (which
parameters reach the return value or a sink). Conditions that fold to a constant prune the branch that
cannot run; a value overwritten with a constant is clean again."""

from __future__ import annotations

import re
from typing import Any

import libcst as cst

from guidelint.engines.taint.argv import elements
from guidelint.engines.taint.callbacks import bound_callback
from guidelint.engines.taint.calls import Calls
from guidelint.engines.taint.concat import (
    CONVERSIONS,
    chained,
    concatenation,
    formatted,
    shown_by_repr,
)
from guidelint.engines.taint.control import Control
from guidelint.engines.taint.credentials import Credentials
from guidelint.engines.taint.definitions import all_functions, class_value, index_definitions
from guidelint.engines.taint.dictconstants import constant_entry
from guidelint.engines.taint.fields import parameter_fields
from guidelint.engines.taint.formdata import field_value, form_instance
from guidelint.engines.taint.guards import Guards
from guidelint.engines.taint.hierarchy import is_property, properties
from guidelint.engines.taint.hooks import (
    HOOKS,
    SESSION_STATE,
    before_view,
    hook_state,
    raised_state,
    session_state,
)
from guidelint.engines.taint.injected import annotated_instance, dependency_fields, self_entries
from guidelint.engines.taint.labels import (
    CLEAN,
    UNKNOWN,
    Env,
    Hit,
    Label,
    Summary,
    Taint,
    checked,
    cleared,
    held_entries,
    union,
    with_step,
)
from guidelint.engines.taint.models import Models, Sink, Source
from guidelint.engines.taint.modulestate import MODULE_STATE, context_params, context_variables, enter, module_state
from guidelint.engines.taint.placing import markup_formatted, placed
from guidelint.engines.taint.registrations import REGISTERED, decorators_of, registered_views
from guidelint.engines.taint.rendering import escaped_render
from guidelint.engines.taint.rows import comprehension
from guidelint.engines.taint.sinks import Sinks
from guidelint.engines.taint.sources import Sources, module_prefixes
from guidelint.engines.taint.statements import Statements
from guidelint.engines.taint.stores import Stores
from guidelint.engines.taint.summaries import Callbacks, ProjectFunctions
from guidelint.engines.taint.supplied import decorator_supplies
from guidelint.engines.taint.syntax import (
    _body,
    _decorator_name,
    _names_in,
    function_imports,
    top_level_bindings,
)
from guidelint.engines.taint.tables import (
    ALL_KINDS,
    MARKUP_KINDS,
    MARKUP_SINK,
)
from guidelint.engines.taint.validating import model_attribute, nested_parameter_fields, validated_model
from guidelint.semantic.constants import fold
from guidelint.semantic.formatting import percent_slots
from guidelint.semantic.names import Names, Scope

# node classes compared by their type (none has subclasses: no ABCMeta `isinstance` on each evaluation)
_LITERAL_TEXTS = frozenset({cst.SimpleString, cst.ConcatenatedString})

_NUMBERS = (cst.Integer, cst.Float)  # literals: `x + 1` is a number or an error


class Analysis:
    """One module's taint analysis."""

    def __init__(
        self,
        module: cst.Module,
        path: str,
        models: Models,
        sink_kinds: set[str],
        options: dict[str, dict[str, Any]] | None = None,
        text: str | None = None,
        project: ProjectFunctions | None = None,
        package: str = "",
        depth: int = 0,
        *,
        markup_sources: frozenset[str] = frozenset(),
    ) -> None:
        """`project`: the summaries of the project's other modules (none: this module on its own);
        `package`: where this module's relative imports start; `depth`: how many modules away from the
        file being checked this one is; `markup_sources`: the kinds of values reported where they are
        placed into HTML markup."""
        self.markup_sources = markup_sources
        self.module = module
        self.bindings = top_level_bindings(module)  # NAME = value at the top level: constant tables, patterns
        self.project = project
        self.package = package
        self.depth = depth
        self.home: str | None = None  # the module's name, for a function of another module being summarised
        self.context: tuple[str, ...] = ()  # ... a method of a mixin: the library bases of the class using it
        self.stepped = False  # ... a method reached through a call on self (self.query(sql) of a base)
        self.callbacks: tuple[str, Callbacks] | None = None  # ... given library functions (callbacks.py)
        self.sinks = Sinks(self)  # the parts of the analysis, each in its own module
        self.guards = Guards(self)
        self.control = Control(self)
        self.statements = Statements(self)
        self.sources = Sources(self)
        self.calls = Calls(self)
        self.stores = Stores(self)
        self.credentials = Credentials(self)
        self.text = text
        self.models = models
        self.known = models.propagation  # methods and checks known by name
        self.sink_kinds = sink_kinds
        self.options = options or {}
        self.names = Names()
        self.names.prescan(module)
        self.memo: dict[Any, Any] = {}  # facts worked out once per module (function imports, check kinds)
        self.imported = {m for v in self.names.scopes[0].names.values() if v for m in module_prefixes(v)}
        self._all_imports = False
        self._import_checked: dict[str, bool] = {}
        self.hits: dict[tuple[str, int, str], Hit] = {}
        self.functions: dict[str, cst.FunctionDef] = {}
        self.classes: dict[str, dict[str, cst.FunctionDef]] = {}
        self.instances: dict[str, str] = {}  # names bound to an instance of a class of this module
        self.loaded: dict[str, str] = {}  # names bound to what a schema class of this module loaded (fields.py)
        self.validated: dict[str, cst.Attribute] = {}  # data = form.cleaned_data: the names (fields.py)
        self.parsed: dict[str, tuple[str, frozenset[str]]] = {}  # args = parser.parse_args(): parser, its types
        self.class_fields: dict[str, dict[str, cst.BaseExpression]] = {}  # what each class declares (fields.py)
        self.flags: dict[str, tuple[cst.BaseExpression, dict[str, Taint | None]]] = {}  # names kept a test
        self._class_reads: set[int] = set()  # class attributes being read (class_attribute)
        self.derived: dict[str, str] = {}  # names bound to what a call made of one other (tainted) name
        self.made_by: dict[str, str] = {}  # names bound to what a call of another name returned (its class)
        self.patterns: dict[str, Any] = {}  # names bound to re.compile(pattern) in a function: the pattern
        self.bases: dict[str, list[str]] = {}
        self.summaries: dict[int, Summary] = {}
        self.called: cst.BaseExpression | None = None  # the callee expression of the call being evaluated
        self.enclosing: list[str] = []  # names of the calls whose arguments are being evaluated, innermost last
        self.getters: set[int] = set()  # properties whose getter is being evaluated (the ids of the reads)
        # per function analysed: element taints of each `return a, b` (None once one is no tuple), and of its calls
        self.tuple_returns: list[list[tuple[Taint, ...]] | None] = []
        self.last_tuple_returns: list[tuple[Taint, ...]] | None = None
        self.last_own_sources: frozenset[int] = frozenset()
        self.call_items: dict[int, tuple[Taint, ...]] = {}
        self.computing: set[int] = set()
        self.current_class: str | None = None
        self.class_attrs: dict[str, dict[str, Taint]] = {}
        self.sink_calls = models.sink_calls()
        self.assign_sinks = [s for s in models.sinks_of_form("assign") if s.kind in sink_kinds]
        self.sink_methods = models.sink_methods()
        applies = self.sources.applies
        self.object_sources = [s for s in models.sources_of_form("object") if applies(s)]
        self.call_sources = [s for s in models.sources_of_form("call") if applies(s)]
        self.name_sources = [s for s in models.sources_of_form("names") if applies(s)]
        self.caught_sources = [s for s in models.sources_of_form("caught") if applies(s)]
        self.annotation_sources = [s for s in models.sources_of_form("annotation") if applies(s)]
        self.literal_sources = [
            (source, [re.compile(p) for p in source.patterns])
            for source in models.sources_of_form("literal")
            if applies(source)
        ]
        self.sanitizers = models.sanitizer_index()
        self.location_kinds = frozenset(s.kind for s in models.sources if s.location or s.kept)  # sanitizers keep
        self.param_sources = [s for s in models.sources if s.how in ("params-named", "names", "annotation")]
        # the models of one form each, picked once per module instead of at every function, call or `raise`
        self.handler_models = list(models.sources_of_form("params-of-decorated"))
        self.decorated_models = list(models.sources_of_form("returns-of-decorated"))
        self.self_models = list(models.sources_of_form("self-attributes"))
        self.return_models = [
            s for s in models.sinks if s.how in ("returns-of-decorated", "returns-of-methods", "returns-of-params")
        ]
        self.raise_models = list(models.sinks_of_form("raise"))
        self._name_sources_of: dict[str, list[Source]] = {}  # name -> the `names` sources it matches
        self._param_sources_of: dict[str, list[Source]] = {}  # parameter name -> the sources it may be
        self.module_env = Env()
        self.context_vars: tuple[str, ...] = ()  # the module's context variables (set by `prepare`)
        self.indexes: set[str] = set()  # the names that index an item kept apart (names[i]: stores.indexed_key)
        self._summary_mode = 0
        self.return_sinks: list[tuple[cst.FunctionDef | None, list[Sink]]] = []
        self.breaks: list[list[Env]] = []  # per loop being walked: the states at its `break` statements

    # --- entry point ---------------------------------------------------------------------------------
    def run(self) -> list[Hit]:
        self.prepare()
        for fn, cls in all_functions(self):
            self.current_class = cls
            self._function(fn, self.module_env)
        # markup that reaches a response (or more markup) is reported there, with its flow through it: not twice
        sent = {
            (id(node), hit.label.origin)
            for hit in self.hits.values()
            if hit.kind in MARKUP_KINDS
            for node, _ in hit.label.steps
        }
        return [
            hit
            for hit in self.hits.values()
            if hit.kind != MARKUP_SINK.kind or (id(hit.node), hit.label.origin) not in sent
        ]

    def prepare(self) -> None:
        """Index the module's functions and classes and walk its top level (names, constants)."""
        index_definitions(self, self.module.body)
        self.statements.block(self.module.body, self.module_env)
        self.memo[REGISTERED] = registered_views(self)  # router.add_api_route("/x", x): x is a view
        self.memo[HOOKS] = hook_state(self)  # what @bp.before_request functions leave in flask.g
        self.memo[SESSION_STATE] = session_state(self)  # what views leave in the client's session
        raised_state(self)  # what the exceptions an error handler renders carry
        self.memo[MODULE_STATE] = module_state(self)  # what functions leave in the module's top-level names
        self.context_vars = context_variables(self)  # ROOM = ContextVar("room"): each request's own value

    # --- functions -------------------------------------------------------------------------------------
    def _function(self, fn: cst.FunctionDef, outer: Env, param_labels: bool = False) -> tuple[Taint, Env]:
        """Analyse a function body; parameters are sources where a model says so, else symbolic (summaries)."""
        env = Env(dict(outer.values), dict(outer.consts))
        scope = Scope("function")
        params = self._params(fn)
        decorators = [(d, _decorator_name(d, self.names)) for d in decorators_of(self, fn)]
        handler_sources = [
            s for s in self.handler_models if self.sources.applies(s) and self.sources.decorated(decorators, s)
        ]
        routed = self.sources.url_params(fn, params)
        routed.update(self.sources.method_params(fn, params))
        own_sources: set[int] = set()  # summarised: the parameters that are sources in the function itself
        hidden: list[tuple[dict[str, str], str, str | None]] = []  # the module's instances its parameters hide
        for index, param in enumerate(params):
            name = param.name.value
            scope.names[name] = None
            env.consts.pop(name, None)
            taint: Taint = CLEAN
            held: dict[str, Taint] = {}  # what the parameter holds under constant keys (a source's entries)
            if param_labels:
                taint = frozenset({Label("param", name, ((param, f"parameter {name}"),), param=index)})
            if name not in ("self", "cls"):
                supplied = decorator_supplies(self, fn, index, name) if handler_sources else None
                if supplied is not None:  # @with_region: what the decorator's wrapper hands the view
                    own = with_step(supplied, param, f"parameter {name}, as its decorator supplies it")
                else:
                    own = union(*(self.sources.handler_param(source, fn, param) for source in handler_sources))
                own = union(own, routed.get(name, CLEAN))
                for source in self._param_sources_named(name):
                    if self.sources.param_source(source, param, name, params, fn.name.value):
                        found = self.sources.label(source, param, f"parameter {name}")
                        held.update(held_entries(name, source.entries, found))  # renderer_context["request"]
                        own = own if source.entries else union(own, found)
                if own and param_labels:
                    own_sources.add(index)
                if not (param_labels and self.depth):  # (else another module's: its callers' values)
                    taint = union(taint, own)
                    env.values.update(held)
            if param.default is not None:  # what a caller leaving the parameter out gets
                taint = union(taint, self.eval(param.default, outer))
            called = param.default if type(param.default) in (cst.Name, cst.Attribute) else None
            given = bound_callback(self, fn, params, index) if param_labels else None
            if given is not None:  # with_retry(call, url) given requests.get by its caller: call(url) is a get
                self.calls.partials[name] = given
            elif called is not None and "." in (self.names.qualname(called) or ""):  # decoder=pickle.loads
                self.calls.partials[name] = cst.Call(func=cst.Name("partial"), args=[cst.Arg(called)])
            else:
                self.calls.partials.pop(name, None)
            env.values[name] = taint
            hidden += annotated_instance(self, param)  # conv: Converter = Depends(...): conv.convert() is Converter's
            if param_labels and param is fn.params.star_kwarg:  # **filters: its keys are the caller's keywords
                env.values.update(self.stores.keyword_names(param, index))
            env.values.update(parameter_fields(self, param, taint, handler_sources))  # body: Order's converted fields
            env.values.update(dependency_fields(self, param, taint, handler_sources))  # f: Filter = Depends()
            env.values.update(nested_parameter_fields(self, param, taint))  # book.lead.lei_number of a body
        env.values.update(self_entries(self))  # a DRF serializer's self.context["request"]
        if param_labels and self.context_vars:  # ROOM.get(): what the caller set in ROOM
            env.values.update(context_params(self, fn, len(params)))
        enter(self, env.values, env.consts)  # notes, as the module's other functions may have left it
        env.values.update(before_view(self, fn))  # g.desk, as the app's or blueprint's request hooks left it
        imports = self.memo.get(("imports", id(fn)))
        if imports is None:
            imports = self.memo[("imports", id(fn))] = list(function_imports(fn))
        for local, full in imports:
            scope.names[local] = full
        return_sinks = self.sinks.returned_by(fn, decorators)
        self.names.scopes.append(scope)
        self.names.functions.append(fn)
        self.return_sinks.append((fn, return_sinks))
        self.tuple_returns.append([])
        self.calls.returned.append(set())
        self.calls.yielded.append(set())
        try:
            returns = self.statements.block(_body(fn.body), env)
        finally:
            self.names.scopes.pop()
            self.names.functions.pop()
            self.return_sinks.pop()
            self.last_tuple_returns = self.tuple_returns.pop()
            self.last_own_sources = frozenset(own_sources)
            self.calls.last_returned = self.calls.returned.pop()
            self.calls.last_yielded = self.calls.yielded.pop()
            for table, name, before in reversed(hidden):
                if before is None:
                    table.pop(name, None)
                else:
                    table[name] = before
        return returns, env

    def _param_sources_named(self, name: str) -> list[Source]:
        """The parameter sources a parameter of this name can be (`Sources.param_source` says no to the others
        whatever the function): a `params-named` source naming it, a `names` source it matches, and every
        source by annotation."""
        found = self._param_sources_of.get(name)
        if found is None:
            found = self._param_sources_of[name] = [
                s
                for s in self.param_sources
                if s.how == "annotation"
                or (s.how == "params-named" and name in s.patterns)
                or (s.how == "names" and s.matches(name))
            ]
        return found

    def name_sources_matching(self, name: str) -> list[Source]:
        """The `names` sources (of this module's imports) a name matches, in their order: worked out once
        per name and module, where it was matched against each of them at every read and assignment."""
        found = self._name_sources_of.get(name)
        if found is None:
            found = self._name_sources_of[name] = [s for s in self.name_sources if s.matches(name)]
        return found

    def _params(self, fn: cst.FunctionDef) -> list[cst.Param]:
        p = fn.params
        out = [*p.posonly_params, *p.params, *p.kwonly_params]
        for star in (p.star_arg, p.star_kwarg):
            if type(star) is cst.Param:
                out.append(star)
        return out

    # --- statements (statements.py) ---------------------------------------------------------------
    def _elements(self, expr: cst.List | cst.Tuple, env: Env) -> list[Taint]:
        """The taint of each element of a list or tuple display, read as a program's arguments (`argv`)."""
        return elements(self, expr, env)

    def _tainted_names(self, expr: cst.CSTNode, env: Env) -> list[str]:
        return [n for n in _names_in(expr) if env.values.get(n)]

    def _key(self, expr: cst.BaseExpression) -> str | None:
        if type(expr) is cst.Name:
            return expr.value
        if type(expr) is cst.Attribute:
            base = self._key(expr.value)
            return f"{base}.{expr.attr.value}" if base is not None else None
        return None

    # --- expressions -----------------------------------------------------------------------------------
    def _number(self, taint: Taint) -> Taint:
        """What a number made from `taint` carries: input made harmless, as by int(), but what no sanitizer
        ends (a predictable number, a location) stays."""
        kept = frozenset(label for label in taint if label.kind in self.location_kinds)
        return union(kept, cleared(taint - kept, ALL_KINDS))

    def eval(self, expr: cst.BaseExpression, env: Env) -> Taint:
        if type(expr) is cst.Name:
            return self._name(expr, env)
        if type(expr) is cst.Attribute:
            read = self.sources.file_name(expr.attr.value, self._attribute(expr, env))  # upload.filename
            return self.credentials.holder(expr, read)
        if type(expr) is cst.Call:  # (itertools.chain of argument lists: as `+` joins them)
            made = joined if (joined := chained(self, expr, env)) is not None else self.calls.call(expr, env)
            made = form_instance(self, expr, validated_model(self, expr, made))  # Order(**body): its fields
            return escaped_render(self, expr, self.stores.keyed(expr, made, env))  # st.text_input(key="k")
        if type(expr) is cst.Subscript:
            return self.stores.subscript(expr, env)
        if type(expr) is cst.BinaryOperation:
            operator = type(expr.operator)
            if operator is cst.Add and not (type(expr.left) in _NUMBERS or type(expr.right) in _NUMBERS):
                return concatenation(self, expr, env)
            left = self.eval(expr.left, env)
            if operator is cst.Add:  # `offset + 1`: a number (text + 1 raises), harmless as %d makes it
                return self._number(union(left, self.eval(expr.right, env)))
            if operator is cst.Subtract:  # a number, a date, or a set of the left's items: none of the right's text
                return union(left, self._number(self.eval(expr.right, env)))
            template = self.fold(expr.left, env)
            if isinstance(template, str) and type(expr.operator) is cst.Modulo:
                right = expr.right
                if type(right) is cst.Tuple:
                    taint_of = {id(e.value): self.eval(e.value, env) for e in right.elements}
                else:  # one value, or a dict of them: its taint stands for each
                    whole = self.eval(right, env)
                    taint_of = {id(right): whole}
                    if type(right) is cst.Dict:
                        taint_of.update((id(e.value), whole) for e in right.elements)
                conversions: dict[int, str] = {}
                _, slots = percent_slots(template, right, marker="\0", conversions=conversions)
                items = [e.value for e in right.elements] if type(right) is cst.Tuple else [right]
                nodes = {id(item): item for item in items}
                for value_id, conversion in conversions.items():  # "%r" % x writes repr(x), as f"{x!r}" does
                    node = nodes.get(value_id)
                    fn = self.names.functions[-1] if self.names.functions else None
                    shown = (
                        conversion == "s" and node is not None and shown_by_repr(node, fn, self.known["repr-readers"])
                    )  # "%s" % (tuple(ids),)
                    function = CONVERSIONS["r" if shown else conversion] if shown or conversion in CONVERSIONS else ""
                    kinds = self.calls.sanitizes(function, None) if function else None
                    if kinds and value_id in taint_of:
                        clear = checked if shown else cleared
                        taint_of[value_id] = clear(taint_of[value_id], kinds)
                values = union(*taint_of.values())  # a number (%d, %x): ("%032x" % getrandbits(128))
                put = placed(self, expr, [(before, taint_of.get(id(v), CLEAN)) for before, v in slots])
                return union(left, put, self._number(values))
            return union(left, markup_formatted(self, expr, self.eval(expr.right, env)))  # Markup(...) % x
        if type(expr) is cst.BooleanOperation:
            return union(self.eval(expr.left, env), self.eval(expr.right, env))
        if type(expr) is cst.Comparison:
            self.eval(expr.left, env)
            for comparison in expr.comparisons:
                self.eval(comparison.comparator, env)
            return CLEAN  # a boolean
        if type(expr) is cst.UnaryOperation:
            inner = self.eval(expr.expression, env)
            return CLEAN if type(expr.operator) is cst.Not else inner
        if type(expr) is cst.FormattedString:
            return formatted(self, expr, env)
        if type(expr) is cst.ConcatenatedString:
            return union(self.eval(expr.left, env), self.eval(expr.right, env))
        if type(expr) is cst.IfExp:
            truth = self.fold(expr.test, env)
            if truth is not UNKNOWN:
                return self.eval(expr.body if truth else expr.orelse, env)
            self.eval(expr.test, env)
            if not self._tainted_names(expr.test, env):  # no tainted name is tested: none is checked
                return union(self.eval(expr.body, env), self.eval(expr.orelse, env))
            return union(*self.guards.conditional(expr, env))
        if type(expr) is cst.List or type(expr) is cst.Tuple:
            return union(*self._elements(expr, env))
        if type(expr) is cst.Set:
            return union(*(self.eval(e.value, env) for e in expr.elements))
        if type(expr) is cst.Dict:
            parts = []
            for item in expr.elements:
                if type(item) is cst.DictElement:
                    parts += [self.eval(item.key, env), self.eval(item.value, env)]
                else:
                    parts.append(self.eval(item.value, env))
            return union(*parts)
        if (
            type(expr) is cst.ListComp
            or type(expr) is cst.SetComp
            or type(expr) is cst.GeneratorExp
            or type(expr) is cst.DictComp
        ):
            return comprehension(self, expr, env)  # (rows.py: and what each position of its records holds)
        if type(expr) is cst.Await:
            return self.eval(expr.expression, env)
        if type(expr) is cst.Yield and expr.value is not None:  # yield x, yield from items
            yielded = expr.value
            return self.eval(yielded.item if isinstance(yielded, cst.From) else yielded, env)
        if type(expr) is cst.NamedExpr:
            value = self.eval(expr.value, env)
            self.statements.assign(expr.target, value, env, expr.value)
            return value
        if type(expr) is cst.StarredElement:
            return self.eval(expr.value, env)
        if type(expr) in _LITERAL_TEXTS and self.literal_sources:
            return self.sources.literal(expr)
        return CLEAN

    def _name(self, expr: cst.Name, env: Env) -> Taint:
        name = expr.value
        if name in env.values:
            return env.values[name]
        if name in self.module_env.values:
            return self.module_env.values[name]
        taint: Taint = CLEAN
        qualified = self.names.qualname(expr)
        if qualified is not None:
            taint = self.sources.object_source(qualified, expr, None)
        for source in self.name_sources_matching(name):
            taint = union(taint, self.sources.label(source, expr, name))
        return taint

    def _read_by_getter(self, expr: cst.Attribute) -> None:
        """An attribute read answered by its property's getter (facts.py records it as a kept read)."""

    def _attribute(self, expr: cst.Attribute, env: Env) -> Taint:
        if (field := field_value(self, expr, env)) is not None:
            return field  # form.isin.data of form = ReportForm(), a Flask-WTF form
        found_self = self.sources.self_source(expr)
        if found_self:
            return found_self
        getter_fn = self.calls.local_function(expr) if expr.attr.value in properties(self) else None
        local = getter_fn is not None and is_property(getter_fn[0])
        if id(expr) not in self.getters and (local or (self.project is not None and self.calls.remote_property(expr))):
            getter = cst.Call(func=expr)  # link.page of a @property (of this module or another): its getter runs
            self.getters.add(id(expr))  # a getter no summary answers is a plain read of the attribute
            try:
                taint = self.calls.call(getter, env)
            finally:
                self.getters.discard(id(expr))
            if id(getter) in self.calls.values:  # the constants it returns are the attribute's
                self.calls.values[id(expr)] = self.calls.values.pop(id(getter))
            self._read_by_getter(expr)
            return taint
        if type(expr.value) in (cst.Call, cst.Subscript) and (read := model_attribute(self, expr, env)) is not None:
            return read  # Order.parse_obj(body).investor, book.lines[0].qty
        key = self._key(expr)
        if key is not None:
            if key in env.values:
                return env.values[key]
            if key.startswith("self.") and self.current_class:
                attrs = self.class_attrs.get(self.current_class, {})
                if key in attrs:
                    return attrs[key]
        held = self.class_attribute(expr.value, expr.attr.value, expr)
        if held is not None:  # st.title of a class whose body sets title and no method changes it
            return held
        qualified = self.names.qualname(expr) or self.sources.made_attribute(expr)
        if qualified is not None:
            found = self.sources.object_source(qualified, expr, expr.attr.value)
            if found or any(
                qualified == s.patterns[0] or qualified.startswith(p + ".")
                for s in self.object_sources
                for p in s.patterns
            ):
                return found
        base = self.calls.read(
            expr, self.sources.read_attribute(expr.value, expr.attr.value, self.eval(expr.value, env))
        )
        for source in self.name_sources_matching(expr.attr.value):
            base = union(base, self.sources.label(source, expr, expr.attr.value))
        return base

    def class_attribute(self, owner: cst.BaseExpression, attr: str, read: cst.BaseExpression) -> Taint | None:
        """What `owner.attr` (`read`) holds when owner is an instance of the module's class whose body assigns
        attr and no method changes it (`class_value`), or None; a value read while it is read (`x = x.y`) is None."""
        cls = self._instance_of(owner)
        held = class_value(self, cls, attr)
        if held is None or cls is None or id(held) in self._class_reads:
            return None
        self.read_as(read, cls, attr, held)
        self._class_reads.add(id(held))
        try:
            return self.eval(held, self.module_env)
        finally:
            self._class_reads.discard(id(held))

    def _instance_of(self, expr: cst.BaseExpression) -> str | None:
        """The module's class `expr` is an instance of: `self` in its methods, a name bound to one."""
        if type(expr) is cst.Name and expr.value == "self":
            return self.current_class
        return self.instances.get(expr.value) if type(expr) is cst.Name else None

    # --- what the libcst rules' facts learn (facts.py); nothing for the taint ------------------------------
    def kept(self, key: str, source: cst.CSTNode | str | None, env: Env) -> None:
        """A value was stored under `key`, an attribute or an entry the environment keeps apart (`row.fund`,
        `row['nav']`, `line.nav` of a record), given by the expression `source`, or taken from what was kept
        under the name `source` (None: by nothing the code shows)."""

    def read_as(self, read: cst.BaseExpression, cls: str, attr: str, source: cst.BaseExpression) -> None:
        """The read `read` gives what `source` is, the value the body of the module's class `cls` gives its
        attribute `attr` (`st.title` of a class attribute)."""

    # --- constants ---------------------------------------------------------------------------------------
    def fold(self, expr: cst.BaseExpression | None, env: Env) -> Any:
        """The constant value of an expression with the values known here (`opts["tool"]`: what the code put
        there, stores.py), or UNKNOWN."""
        if type(expr) is cst.Subscript:
            return constant_entry(self, expr, env)
        module = self.module_env.consts
        return fold(expr, lambda name: env.consts.get(name, module.get(name, UNKNOWN)))
