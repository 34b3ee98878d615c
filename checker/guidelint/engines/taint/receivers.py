"""What an object holds per attribute across calls of its methods: a method that stores a parameter in an
attribute of `self` (`self.clauses.append(clause)`, `self.term = term`) leaves it in the object it was
called on, and another method that reads that attribute (`return " AND ".join(self.clauses)`) returns it.

The object is a name (`query.where(x)`, then `query.sql()`) or what a chained call returns when the method
returns `self` (`Filter().where(x).where(y)`): what the instance holds is kept per attribute, so a value
stored in one attribute (bound parameters) does not taint what another one gives (the statement).

What a name is bound to (`bind`): an instance of the module's class, what made it, the data a schema of the
module loaded (`data = Schema().load(payload)`), a `functools.partial`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, cast

import libcst as cst

from guidelint.cst.children import children
from guidelint.engines.taint.definitions import HELD_INSTANCES
from guidelint.engines.taint.fields import REMOTE, parser_of
from guidelint.engines.taint.hierarchy import class_level, is_super
from guidelint.engines.taint.labels import CLEAN, Env, Summary, Taint, union
from guidelint.engines.taint.regexes import LOOSE, loose_flags
from guidelint.engines.taint.registries import provided_class, registered_class
from guidelint.semantic.summary import absolute_name

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis
    from guidelint.engines.taint.callees import Callees
    from guidelint.engines.taint.calls import Calls


def kept(env: Env) -> dict[str, Taint]:
    """A method summarised: the parameters (not the receiver's own data) it leaves in each attribute of self."""
    out = {}
    for key, taint in env.values.items():
        if key.startswith("self.") and key[5:].isidentifier():
            stored = frozenset(label for label in taint if label.param > 0)
            if stored:
                out[key[5:]] = stored
    return out


MADE_THROUGH = "made-through"  # memo: names bound to what a method of a library's object returned (bind)


def bind(calls: Calls, name: str, source: cst.CSTNode | None) -> None:
    """Note what a name is assigned a call of: an instance of the module's class (`manager = Store()`: then
    `manager.find()` is Store.find), what made it (`req = Req(request)`: `req.arg()` may be Req.arg of
    another module), a callable with arguments given in advance (`fetch = functools.partial(get, timeout=5)`)."""
    if type(source) is cst.Await:  # store = await aiohttp_session.get_session(request): what the call gives
        source = source.expression
    call = source if type(source) is cst.Call else None
    made_by = calls.maker(call) if call is not None else None
    container = None
    if made_by is None and call is not None and type(call.func) is cst.Attribute:
        container = calls.maker(call.func.value)  # source = container.transcripts(): a provider's class
        made_by = (
            provided_class(calls.a, absolute_name(calls.a.package, container), call.func.attr.value)
            if container
            else None
        )
    cls = instance_class(calls, call) if call is not None else None
    if cls is not None:  # query = Filter(), query = Filter().where(x): an instance of the module's class
        calls.a.instances[name] = cls
    else:
        calls.a.instances.pop(name, None)
    if made_by is not None:
        calls.a.made_by[name] = made_by
    else:
        calls.a.made_by.pop(name, None)
    # engine = index.as_query_engine() of a library's object: named by that object's maker and the method; chain =
    # prompt | llm | parser: by its parts (apart from made_by, whose names the models' receiver patterns read:
    # statement = conn.prepare(q) is no connection)
    through = calls.a.memo.setdefault(MADE_THROUGH, {})
    if type(source) is cst.BinaryOperation and type(source.operator) is cst.BitOr:
        named = calls.pipeline(source)
    elif made_by is None and container is not None and call is not None and _library(calls.a, container):
        named = f"{container}.{cast(cst.Attribute, call.func).attr.value}"
    else:
        named = None
    if named is not None:
        through[name] = named
    else:
        through.pop(name, None)
    if call is not None and made_by == "re.compile" and call.args:  # strip = re.compile("[^0-9.]")
        loose = loose_flags(call, 1, calls.a.names.qualname)  # re.compile(p, re.M): no pattern to judge
        calls.a.patterns[name] = LOOSE if loose else calls.a.fold(call.args[0].value, calls.a.module_env)
    else:
        calls.a.patterns.pop(name, None)
    func = call.func if call is not None else None
    loads = isinstance(func, cst.Attribute) and func.attr.value in calls.a.known["loaders"]
    schema = instance_class(calls, func.value) if loads and isinstance(func, cst.Attribute) else None
    if schema is None and loads and isinstance(func, cst.Attribute) and calls.a.project is not None:
        schema = project_schema(calls, func.value)  # data = NoteSchema().load(payload), the schema imported
    if schema is not None:  # data = Schema().load(payload)
        calls.a.loaded[name] = schema
    else:
        calls.a.loaded.pop(name, None)
    data = source if type(source) is cst.Attribute and type(source.value) is cst.Name else None
    if data is not None and data.attr.value in calls.a.known["validated-data"]:  # data = serializer.validated_data
        calls.a.validated[name] = data
    else:
        calls.a.validated.pop(name, None)
    parsed = parser_of(calls.a, call, calls.instance_method) if call is not None else None
    if parsed is not None:  # args = parser.parse_args() of a module-level request parser
        calls.a.parsed[name] = parsed
    else:
        calls.a.parsed.pop(name, None)
    if call is not None and made_by == "functools.partial" and call.args and call.args[0].keyword is None:
        calls.partials[name] = call
    elif isinstance(source, (cst.Name, cst.Attribute)) and calls.a.names.qualname(source) in calls.a.sink_calls:
        # run = exec, shell = os.system: the name is that function, run(x) is exec(x)
        calls.partials[name] = cst.Call(func=cst.Name("partial"), args=[cst.Arg(source)])
    else:
        calls.partials.pop(name, None)


def project_schema(calls: Callees, owner: cst.BaseExpression) -> str | None:
    """The schema class of another module of the project an object was made by (`NoteSchema()` imported, or a
    name bound to one), as `fields.REMOTE` + its qualified name: the fields it declares there say what `load`
    gives under each key."""
    made = calls.maker(owner)
    if made is None or calls.a.project is None:
        return None
    qualified = absolute_name(calls.a.package, made)
    return REMOTE + qualified if calls.a.project.declared(qualified) else None


def instance_class(calls: Callees, expr: cst.BaseExpression) -> str | None:
    """The class of this module an expression is an instance of: a name bound to one, a call of the class,
    or a call of one of its methods that returns self (`Filter().where(x)`)."""
    if type(expr) is cst.Name:
        return calls.a.instances.get(expr.value)
    if type(expr) is cst.Attribute and type(expr.value) is cst.Name and expr.value.value == "self":
        held = calls.a.memo.get((HELD_INSTANCES, calls.a.current_class or ""), {})  # self.search = NoteSearch()
        cls = held.get(expr.attr.value)
        return cls if cls in calls.a.classes and calls.a.names.lookup(cls) is None else None
    if type(expr) is cst.Call and type(expr.func) is cst.Name and expr.func.value in calls.a.classes:
        return expr.func.value if calls.a.names.lookup(expr.func.value) is None else None  # not an import's name
    if (
        type(expr) is cst.Call
        and type(expr.func) is cst.Attribute
        and type(expr.func.value) is cst.Name
        and expr.func.value.value in calls.a.classes
        and id(expr) in calls.fields
    ):
        return expr.func.value.value  # Filter.from_request(request): an instance its class method built
    if type(expr) is cst.Call and type(expr.func) is cst.Subscript:
        return registered_class(calls.a, expr)  # PROVIDERS["vetted"](): the class the registry holds there
    return calls.made.get(id(expr)) if type(expr) is cst.Call else None


def factory_fields(calls: Calls, fn: cst.FunctionDef) -> dict[str, Taint] | None:
    """A class method ending in `return cls(...)` (a constructor of its own): the attributes of the
    instance it builds, by its parameters."""
    if not class_level(fn):
        return None
    body = fn.body.body if isinstance(fn.body, cst.IndentedBlock) else [fn.body]
    last = body[-1] if body else None
    if not isinstance(last, (cst.SimpleStatementLine, cst.SimpleStatementSuite)):
        return None
    returned = last.body[-1]
    if type(returned) is not cst.Return or type(returned.value) is not cst.Call:
        return None
    return calls.fields.get(id(returned.value))


def attributes(calls: Calls, func: cst.BaseExpression, env: Env) -> dict[str, Taint] | None:
    """What the receiver of a method call holds per attribute: a name's (`search.window()`: `search.term`...),
    or the instance a call before it made or returned (`Filter().where(x).sql()`)."""
    if type(func) is not cst.Attribute:
        return None
    if type(func.value) is cst.Call:
        return calls.fields.get(id(func.value))
    if type(func.value) is not cst.Name:
        return None
    prefix = func.value.value + "."
    found = {k[len(prefix) :]: t for k, t in env.values.items() if k.startswith(prefix)}
    return {k: t for k, t in found.items() if k.isidentifier()} or None


def keep(
    calls: Calls,
    summary: Summary,
    call: cst.Call,
    receiver_of: tuple[cst.BaseExpression, Env] | None,
    instantiate: Callable[[Taint], Taint],
) -> None:
    """A method call: what the method stores in attributes of self, kept by the receiver (a name) and by
    the call's result when the method returns self (a chain)."""
    if receiver_of is None or not isinstance(receiver_of[0], cst.Attribute):
        return
    func, env = receiver_of[0], receiver_of[1]
    # super().__init__(x): what the base's constructor keeps goes into this instance's attributes
    held = summary.fields if summary.kept is None and is_super(func.value) else summary.kept
    stored = {attr: instantiate(taint) for attr, taint in (held or {}).items()}
    stored = {attr: taint for attr, taint in stored.items() if taint}
    key = "self" if is_super(func.value) else calls.a._key(func.value)
    if key is not None:
        for attr, taint in stored.items():
            env.values[f"{key}.{attr}"] = union(env.values.get(f"{key}.{attr}", CLEAN), taint)
    if returns_self(summary):
        before = dict(attributes(calls, func, env) or {})
        for attr, taint in stored.items():
            before[attr] = union(before.get(attr, CLEAN), taint)
        if before:
            calls.fields[id(call)] = before
        cls = instance_class(calls, func.value)
        if cls is not None:
            calls.made[id(call)] = cls
        maker = calls.maker(func.value)  # an instance of another module's class: its methods are that class's
        if maker is not None:
            calls.makers[id(call)] = maker


def returns_self(summary: Summary) -> bool:
    return any(label.param == 0 and label.origin == "self" for label in summary.returns)


def chain_maker(calls: Callees, owner: cst.BaseExpression) -> str | None:
    """`Select(t).where(a)` with `where` a method of another module's class that returns self: that class
    (summarised only now, when a later call of the chain passes a tainted value)."""
    if type(owner) is not cst.Call or type(owner.func) is not cst.Attribute or calls.a.project is None:
        return None
    inner = calls.maker(owner.func.value) or chain_maker(calls, owner.func.value)
    if inner is None:
        return None
    qualified = absolute_name(calls.a.package, f"{inner}.{owner.func.attr.value}")
    callee = calls.a.project.callee(qualified, True, calls.a.depth + 1)
    if callee is None or not returns_self(callee.summary):
        return None
    calls.makers[id(owner)] = inner
    return inner


def self_attribute(receiver: Taint, origin: str) -> Taint:
    """A method called on `self` that reads `self.name` (`origin`): in a method summarised, the caller's own
    `self.name` (its parameter 0 read as that attribute), not its whole receiver."""
    return frozenset(replace(lb, origin=origin) if lb.param == 0 and lb.origin == "self" else lb for lb in receiver)


def assigned_in(a: Analysis, cls: str) -> frozenset[str]:
    """The attributes `self.NAME = ...` the methods of a class of this module set and none changes in place
    (`self.NAME[k] = v`, `self.NAME += v`, `self.NAME.append(v)`)."""
    key = ("self-assigned", cls)
    found: frozenset[str] | None = a.memo.get(key)
    if found is None:
        names, changed = set(), set()
        stack: list[cst.CSTNode] = list(a.classes.get(cls, {}).values())
        while stack:
            node = stack.pop()
            targets: list[cst.BaseExpression] = []
            if type(node) is cst.Assign:
                targets = [t.target for t in node.targets]
            elif type(node) is cst.AnnAssign:
                targets = [node.target]
            elif type(node) is cst.AugAssign:
                changed.add(self_attr(node.target))
            elif type(node) is cst.Call and type(node.func) is cst.Attribute:
                changed.add(self_attr(node.func.value))  # self.items.append(v)
            for target in targets:
                if type(target) is cst.Subscript:
                    changed.add(self_attr(target.value))
                names.add(self_attr(target))
            stack.extend(children(node))
        found = a.memo[key] = frozenset(names - changed - {""})
    return found


def self_attr(expr: cst.BaseExpression) -> str:
    """NAME of `self.NAME`, else ""."""
    if type(expr) is cst.Attribute and type(expr.value) is cst.Name and expr.value.value == "self":
        return expr.attr.value
    return ""


def attribute_here(a: Analysis, owner: cst.BaseExpression, attr: str, env: Env) -> Taint | None:
    """What `owner.attr` holds at a call that passes `owner` to a function reading that attribute of its
    parameter (`write(req)` reading `req.mandate`): read here, where the object's fields, types and stored
    attributes are known, the flow shown at the argument. None when the argument is no name, attribute or
    instance whose fields are known (what is passed is all there is to go by)."""
    if type(owner) is cst.Call:  # write(Export(...)): what the instance made there holds
        held = a.calls.fields.get(id(owner))
        return held.get(attr) if held is not None else None
    if a._key(owner) is None:
        return None
    key = ("attribute here", id(owner), attr)
    read = a.memo.get(key)
    if read is None:  # one node per argument and attribute, kept with the analysis (ids are memo keys)
        read = a.memo[key] = cst.Attribute(value=owner, attr=cst.Name(attr))
    taint = a.eval(read, env)
    if not any(node is read for label in taint for node, _ in label.steps):
        return taint
    return frozenset(
        replace(label, steps=tuple((owner if node is read else node, note) for node, note in label.steps))
        for label in taint
    )


def chained_through(receiver: cst.BaseExpression, names: tuple[str, ...]) -> bool:
    """A receiver made by a chain of calls and attributes that passes through one of `names`: `query` of
    `session.query(Room).filter_by(id=i)` or of `Room.query.filter(...)`, a SQLAlchemy Query."""
    node = receiver
    while isinstance(node, (cst.Call, cst.Attribute)):
        if isinstance(node, cst.Call):
            node = node.func
        elif node.attr.value in names:
            return True
        else:
            node = node.value
    return False


def _library(a: Analysis, qualified: str) -> bool:
    """A qualified name of a library's object: dotted, of no class of this module or of the project."""
    head = qualified.partition(".")[0]
    if "." not in qualified or head in a.classes or head in a.functions:
        return False
    return a.project is None or not a.project.project.defines(qualified)
