"""HTTP client objects: which constructor of the knowledge base's `http-clients.clients` made the object a
request method is called on, and receivers only their names say are clients."""

from __future__ import annotations

import libcst as cst

from guidelint.cst.api import Context
from guidelint.cst.bindings import assigned_value, bound_value, parameter
from guidelint.cst.helpers import iter_nodes, name_words
from guidelint.semantic.formatting import string_text

CLIENT_WORDS = frozenset({"session", "client", "http", "pool"})


def client_class(receiver: cst.BaseExpression, ctx: Context, call: cst.Call | None = None) -> str | None:
    """The constructor of a client object: `requests.Session()` itself, the target of `with
    requests.Session() as s`, a name bound to such a call (its last assignment before `call`, or its one
    binding in the function or module), a parameter annotated with the class (`session: requests.Session`),
    or `self.session` that the class only ever sets to such a call."""
    clients = ctx.knowledge.http_clients.clients
    if isinstance(receiver, cst.Await):
        receiver = receiver.expression
    if isinstance(receiver, cst.Call):
        name = ctx.qualname(receiver.func)
        return name if name in clients else None
    if isinstance(receiver, cst.Attribute):
        return _self_attribute(receiver, ctx)
    if not isinstance(receiver, cst.Name):
        return None
    entered = _entered_as(receiver, ctx)
    if entered is not None:
        return client_class(entered, ctx)
    param = parameter(ctx.function, receiver.value)
    if param is not None and param.annotation is not None:
        annotation = param.annotation.annotation
        text = string_text(annotation)
        name = text if text is not None else ctx.qualname(annotation)
        return name if name in clients else None
    value = assigned_value(ctx, receiver.value, call) if call is not None else None
    value = value or bound_value(ctx, receiver.value)
    return client_class(value, ctx) if isinstance(value, (cst.Call, cst.Await)) else None


def local_client(receiver: cst.BaseExpression, ctx: Context, call: cst.Call | None = None) -> bool:
    """A client made over a transport to a socket on this host (the knowledge base's
    `http-clients.local-transports`: `aiohttp.ClientSession(connector=aiohttp.UnixConnector(path=...))`, also
    through a name bound to the connector): its requests go to that socket whatever host their URL names."""
    made = _constructor(receiver, ctx, call)
    return made is not None and any(_local_transport(a.value, ctx, made, 0) for a in made.args)


def _constructor(receiver: cst.BaseExpression, ctx: Context, call: cst.Call | None, depth: int = 0) -> cst.Call | None:
    """The call of a client constructor that made the object: itself, the value of `with ... as name`, or
    what the name was assigned (as `client_class` finds them)."""
    if isinstance(receiver, cst.Await):
        receiver = receiver.expression
    if isinstance(receiver, cst.Call):
        return receiver if ctx.qualname(receiver.func) in ctx.knowledge.http_clients.clients else None
    if not isinstance(receiver, cst.Name) or depth > 3:
        return None
    entered = _entered_as(receiver, ctx)
    if entered is not None:
        return _constructor(entered, ctx, None, depth + 1)
    value = assigned_value(ctx, receiver.value, call) if call is not None else None
    value = value or bound_value(ctx, receiver.value)
    return _constructor(value, ctx, None, depth + 1) if isinstance(value, (cst.Call, cst.Await)) else None


def _local_transport(expr: cst.BaseExpression, ctx: Context, anchor: cst.Call, depth: int) -> bool:
    """A call of one of the knowledge base's local transports (given its keyword, when the entry names one),
    or a name assigned one."""
    if isinstance(expr, cst.Name) and depth < 3:
        value = assigned_value(ctx, expr.value, anchor) or bound_value(ctx, expr.value)
        return value is not None and _local_transport(value, ctx, anchor, depth + 1)
    if not isinstance(expr, cst.Call):
        return False
    name = ctx.qualname(expr.func)
    for entry in ctx.knowledge.http_clients.local_transports:
        transport, _, keyword = entry.partition(":")
        if name == transport and (
            not keyword
            or any(a.keyword is not None and a.keyword.value == keyword and not _none(a.value) for a in expr.args)
        ):
            return True
    return False


def _none(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Name) and expr.value == "None"


def _self_attribute(receiver: cst.Attribute, ctx: Context) -> str | None:
    """`self.<attr>` in a method, when every assignment of `self.<attr>` in the class is the same client."""
    if not (isinstance(receiver.value, cst.Name) and receiver.value.value == "self"):
        return None
    owner = next((a for a in reversed(ctx.ancestors) if isinstance(a, cst.ClassDef)), None)
    if owner is None:
        return None
    key = ("clients.self", id(owner))
    table: dict[str, str | None] | None = ctx.memo.get(key)
    if table is None:
        table = {}
        for assign in iter_nodes(owner, cst.Assign):
            for target in assign.targets:
                node = target.target
                if isinstance(node, cst.Attribute) and isinstance(node.value, cst.Name) and node.value.value == "self":
                    made = client_class(assign.value, ctx) if isinstance(assign.value, cst.Call) else None
                    known = table.get(node.attr.value, made)
                    table[node.attr.value] = made if known == made else None
        ctx.memo[key] = table
    return table.get(receiver.attr.value)


def client_words(receiver: cst.BaseExpression) -> frozenset[str]:
    """The client words (session, client, http, pool) of the receiver's name: `self.http_session`."""
    if isinstance(receiver, cst.Attribute):
        name = receiver.attr.value
    elif isinstance(receiver, cst.Name):
        name = receiver.value
    else:
        return frozenset()
    return CLIENT_WORDS.intersection(name_words(name))


def _entered_as(name: cst.Name, ctx: Context) -> cst.BaseExpression | None:
    """What an enclosing `with EXPR as name:` binds the name to."""
    for ancestor in reversed(ctx.ancestors):
        if isinstance(ancestor, cst.With):
            for item in ancestor.items:
                target = item.asname.name if item.asname is not None else None
                if isinstance(target, cst.Name) and target.value == name.value:
                    return item.item
    return None
