"""What SQL text an expression builds, and whether a value formatted into it can change the statement:
the analysis behind INP108 (SQL built by string formatting), for rules that judge query text.

A query is `dynamic` when a value that is not known safe is formatted into SQL text: at a value position
(`= {x}`, `LIKE '{x}'`, `IN ({x})`), or anywhere in a raw fragment. Known safe: constants and names bound
to them in the enclosing function, identifier quoting (the driver's and the project's own), numbers, a
model's table metadata, placeholders kept in variables when the values are passed as parameters, and what
the dataflow proves (`Lookup.proven`).
"""

import re
import string
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import libcst as cst

from guidelint.cst.api import Context
from guidelint.cst.bindings import assignments, last_assignment, parameter
from guidelint.cst.helpers import iter_nodes, literal_items
from guidelint.cst.strings import NUMBERS, arithmetic, concatenated, quote_doubled, quoting_call, returned
from guidelint.cst.tables import class_table, loop_source
from guidelint.semantic.constants import is_constant
from guidelint.semantic.formatting import Slot, format_slots, numeric_field, percent_slots, string_text
from guidelint.semantic.names import dotted

# Calls whose result is safe to put into SQL text: identifier quoting and numbers.
SAFE_CALLS = frozenset({"quote_name", "quote_ident", "quote_identifier", "quote_value", "qn"}) | NUMBERS

_STATEMENT = re.compile(
    r"^[\s(]*(select|insert|update|delete|replace|merge|upsert|create|alter|drop|truncate|with|pragma|grant"
    r"|revoke|exec|execute|call|show|describe|explain|vacuum|analyze|copy|lock|declare|set)\b",
    re.IGNORECASE,
)
_FRAGMENT = re.compile(
    r"^[\s(,]*(where|and|or|order\s+by|group\s+by|having|limit|offset|values|from|join|inner\s+join"
    r"|left\s+join|union|returning|on\s+conflict|in\s*\()\b",
    re.IGNORECASE,
)
_VALUE_BEFORE = re.compile(
    r"(=|<|>|\blike|\bilike|\bbetween|\blimit|\boffset|\border\s+by|\bthen|\belse)$", re.IGNORECASE
)
_LIST_OPENER = re.compile(r"\b(in|values)\s*$", re.IGNORECASE)

CONST, SAFE, DYNAMIC = "const", "safe", "dynamic"


@dataclass(frozen=True)
class Escaped:
    """The state of a name bound to a value with every `quote` doubled (`v = s.replace("'", "''")`): safe
    only between two of those quotes."""

    quote: str


State = Any  # (CONST, text) | SAFE | DYNAMIC | Escaped
Body = cst.Module | cst.FunctionDef  # a function or module body
Find = Callable[[str], State]


class Lookup:
    """What each name held at a point of the code (`lookup(name)`), and whether the dataflow proves an
    expression harmless in SQL: a constant, one of a few constants (an identifier from a constant list)
    or input a check made harmless (`proven`)."""

    def __init__(
        self,
        find: Find,
        ctx: Context,
        bound: bool = False,
        dataflow: bool = True,
        at: tuple[cst.CSTNode, Body] | None = None,
    ) -> None:
        self.find = find
        self.ctx = ctx
        self.bound = bound  # the statement's values are passed as parameters of the call
        self.dataflow = dataflow  # ask the dataflow what it proves (not while classifying an assignment)
        self.at = at  # the statement (of the body) where the names are looked up

    def assigned(self, name: str) -> cst.BaseExpression | None:
        """The value last assigned to `name` where the names are looked up (None: not known)."""
        if self.at is None:
            return None
        found = last_assignment(self.ctx, name, *self.at)
        return None if found is None or isinstance(found.node, cst.AugAssign) else found.value

    def __call__(self, name: str) -> State:
        return self.find(name)

    def with_find(self, find: Find) -> "Lookup":
        return Lookup(find, self.ctx, self.bound, self.dataflow, self.at)

    def proven(self, expr: cst.BaseExpression) -> bool:
        return self.dataflow and self.ctx.facts(expr).trusted("sql")

    def placeholder(self, expr: cst.BaseExpression, before: str) -> bool:
        """In a statement whose values are passed as parameters, a name or attribute formatted outside
        quotes is the driver's placeholder kept in a variable (`"... WHERE id = %s" % db.arg`) or an
        identifier, unless an outsider's value reaches it."""
        return (
            self.bound
            and isinstance(expr, (cst.Name, cst.Attribute))
            and before.count("'") % 2 == 0
            and not (self.dataflow and self.ctx.facts(expr).untrusted("sql"))
        )


def fragment_dynamic(expr: cst.BaseExpression, lookup: Lookup) -> bool:
    """A raw SQL fragment (a condition, an ORDER BY term) built by formatting a string: the whole text is
    SQL, so a formatted value that is not known safe counts wherever it lands, identifiers included."""
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        operands = concatenated(expr)
        return _text(operands[0], lookup) is not None and not all(_safe(o, lookup) for o in operands)
    formatted = _formatted(expr, lookup)
    return formatted is not None and not all(_safe(piece, lookup) for _, piece in formatted[1])


# --- classification of query expressions ------------------------------------------------------------------


def _looks_sql(text: str | None) -> bool:
    return text is not None and bool(_STATEMENT.match(text) or _FRAGMENT.match(text))


def _value_position(before: str) -> bool:
    """Whether text inserted after `before` lands where SQL expects a value: inside a string literal, after
    a comparison, LIKE, LIMIT, ORDER BY ..., or in an IN (...) / VALUES (...) list. Identifiers (after FROM,
    INTO, TABLE, inside quoted names) are not values: they cannot be bound parameters."""
    if before.count("'") % 2:
        return True
    stripped = before.rstrip()
    if _VALUE_BEFORE.search(stripped):
        return True
    depth = 0
    for i in range(len(stripped) - 1, -1, -1):
        char = stripped[i]
        if char == ")":
            depth += 1
        elif char == "(":
            if depth == 0:
                inside = stripped[i + 1 :].strip()
                return bool(_LIST_OPENER.search(stripped[:i])) and (not inside or inside.endswith(","))
            depth -= 1
    return False


def _text(expr: cst.BaseExpression, lookup: Lookup) -> str | None:
    """The literal text of a string, or of a name bound to one (variable parts of SQL built in this
    function stand as `?`)."""
    if isinstance(expr, cst.Name):
        state = lookup(expr.value)
        return state[1] if isinstance(state, tuple) else None
    if isinstance(expr, cst.SimpleString):
        return string_text(expr)
    if isinstance(expr, cst.ConcatenatedString):
        left, right = _text(expr.left, lookup), _text(expr.right, lookup)
        return None if left is None or right is None else left + right
    if isinstance(expr, cst.FormattedString):
        return "".join(p.value if isinstance(p, cst.FormattedStringText) else "?" for p in expr.parts)
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        left, right = _text(expr.left, lookup), _text(expr.right, lookup)
        return None if left is None or right is None else left + right
    return None


def _formatted(expr: cst.BaseExpression, lookup: Lookup) -> tuple[str, list[Slot]] | None:
    """For an f-string, `template % values` or `template.format(...)`: the template text (fields as `?`)
    and each interpolated expression with the template text before it."""
    if isinstance(expr, (cst.FormattedString, cst.ConcatenatedString)) and _has_fstring(expr):
        return _fstring_slots(expr)
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Modulo):
        template = _text(expr.left, lookup)
        return None if template is None else percent_slots(template, expr.right)
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "format":
        template = _text(expr.func.value, lookup)
        if template is None:
            return None
        expr = _spread(expr, template, lookup)
        return format_slots(template, expr) or (template, [("'", a.value) for a in expr.args])  # unparsable
    return None


def _spread(call: cst.Call, template: str, lookup: Lookup) -> cst.Call:
    """`template.format(**parts)` with `parts` last assigned `dict(name=value, ...)` or `{"name": value, ...}`
    in this function, never changed or handed on, filling every field: the same call with those keywords
    written out, so each field is judged by its value. Any other `**` (a parameter, a dict filled or changed
    elsewhere) stays unknown and could fill any field."""
    if len(call.args) != 1 or call.args[0].star != "**" or type(call.args[0].value) is not cst.Name:
        return call
    name = call.args[0].value.value
    value = lookup.assigned(name)
    if value is None or lookup.at is None or not _only_spread(lookup.at[1], name):
        return call
    keywords: dict[str, cst.BaseExpression] = {}
    if type(value) is cst.Call and dotted(value.func) == "dict" and all(a.keyword is not None for a in value.args):
        keywords = {a.keyword.value: a.value for a in value.args if a.keyword is not None}
    elif type(value) is cst.Dict:
        for element in value.elements:
            if type(element) is not cst.DictElement or type(element.key) is not cst.SimpleString:
                return call
            key = string_text(element.key)
            if key is None:
                return call
            keywords[key] = element.value
    else:
        return call
    try:
        fields = {re.split(r"[.\[]", f, maxsplit=1)[0] for _, f, _, _ in string.Formatter().parse(template) if f}
    except ValueError:
        return call
    if not fields <= set(keywords):
        return call
    return call.with_changes(args=[cst.Arg(value=v, keyword=cst.Name(k)) for k, v in keywords.items()])


def _only_spread(scope: Body, name: str) -> bool:
    """Every use of `name` in `scope` assigns it whole (`name = ...`) or spreads it (`**name`)."""
    allowed = sum(
        1 for node in iter_nodes(scope, cst.AssignTarget) if type(node.target) is cst.Name and node.target.value == name
    ) + sum(
        1
        for node in iter_nodes(scope, cst.Arg)
        if node.star == "**" and type(node.value) is cst.Name and node.value.value == name
    )
    return sum(1 for n in iter_nodes(scope, cst.Name) if n.value == name) == allowed


def _has_fstring(expr: cst.BaseExpression) -> bool:
    if isinstance(expr, cst.ConcatenatedString):
        return _has_fstring(expr.left) or _has_fstring(expr.right)
    return isinstance(expr, cst.FormattedString)


def _fstring_slots(expr: cst.BaseExpression) -> tuple[str, list[Slot]]:
    text, slots = "", []
    parts: list[cst.CSTNode] = []
    stack: list[cst.CSTNode] = [expr]
    while stack:  # flatten implicit concatenation, left to right
        node = stack.pop()
        if isinstance(node, cst.ConcatenatedString):
            stack.extend((node.right, node.left))
        elif isinstance(node, cst.FormattedString):
            parts.extend(node.parts)
        else:
            parts.append(node)
    for part in parts:
        if isinstance(part, cst.FormattedStringText):
            text += part.value
        elif isinstance(part, cst.FormattedStringExpression):
            if not numeric_field(part):  # {limit:d}: digits, as a %d field
                slots.append((text, part.expression))
            text += "?"
        elif isinstance(part, cst.SimpleString):
            text += string_text(part) or ""
    return text, slots


def dynamic(expr: cst.BaseExpression, lookup: Lookup, fragment: bool = False, before: str = "") -> bool:
    """SQL text (with `fragment`: any text) with a value that is not known safe formatted into a place
    where SQL expects a value. `before` is SQL text that precedes `expr`."""
    if isinstance(expr, cst.Name):
        return bool(lookup(expr.value) == DYNAMIC)
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        operands = concatenated(expr)
        if any(isinstance(o, cst.Name) and lookup(o.value) == DYNAMIC for o in operands):
            return True
        texts = [_template(o, lookup) for o in operands]
        first = next((t for t in texts if t is not None), None)
        if first is None or not (fragment or _looks_sql(first)):
            return False
        text = before
        for operand, operand_text in zip(operands, texts, strict=True):
            if _formatted(operand, lookup) is not None:
                if dynamic(operand, lookup, True, text):
                    return True
            elif (
                operand_text is None
                and not _safe(operand, lookup)
                and _value_position(text)
                and not lookup.placeholder(operand, text)
                and not _escaped(operand, text, lookup)
            ):
                return True
            text += "?" if operand_text is None else operand_text
        return False
    formatted = _formatted(expr, lookup)
    if formatted is None:
        return False
    template, slots = formatted
    if not (fragment or _looks_sql(template)):
        return False
    return any(
        not _safe(piece, lookup)
        and _value_position(before + prefix)
        and not lookup.placeholder(piece, before + prefix)
        and not _escaped(piece, before + prefix, lookup)
        for prefix, piece in slots
    )


def _template(expr: cst.BaseExpression, lookup: Lookup) -> str | None:
    formatted = _formatted(expr, lookup)
    return formatted[0] if formatted is not None else _text(expr, lookup)


def _safe(expr: cst.BaseExpression, lookup: Lookup) -> bool:
    """Constants, names bound to SQL text or safe values, identifier quoting, numbers, placeholder lists."""
    if is_constant(expr) or arithmetic(expr):
        return True
    if isinstance(expr, cst.Name):
        state = lookup(expr.value)
        if state is None:  # not assigned here: maybe a loop over a safe collection
            source = loop_source(lookup.ctx, expr.value)
            return source is not None and _safe_items(source, lookup)
        return state == SAFE or isinstance(state, tuple)
    if isinstance(expr, cst.Attribute) and _model_metadata(expr):
        return True
    if isinstance(expr, cst.Subscript) and class_table(lookup.ctx, expr.value) is not None:
        return True  # self.LEVELS[level]: one of the class's constants
    if isinstance(expr, (cst.DictComp, cst.ListComp, cst.SetComp, cst.GeneratorExp)):
        return _comprehension_safe(expr, lookup)
    if isinstance(expr, cst.IfExp):
        return _safe(expr.body, lookup) and _safe(expr.orelse, lookup)
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        return all(_safe(o, lookup) for o in concatenated(expr))
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Multiply):
        return _safe(expr.left, lookup) and _safe(expr.right, lookup)  # (page - 1) * 50; text * n repeats text
    if isinstance(expr, cst.Call):
        name = dotted(expr.func) or ""
        if name.rsplit(".", 1)[-1] in SAFE_CALLS or quoting_call(lookup.ctx, expr.func):
            return True
        own = name.removeprefix("self.").removeprefix("cls.")
        if "." not in own and placeholder_function(lookup.ctx, own):
            return True  # self.param_list(len(ids)): the module's own helper that returns only placeholders
        if name.endswith("_name") and expr.args and all(_safe(a.value, lookup) for a in expr.args):
            return True  # a name derived from safe names: ops.sequence_name(model._meta.db_table)
        if _counter(expr, lookup):
            return True  # f"val_{next(ids)}": a placeholder numbered by a counter
        if name == "str" and len(expr.args) == 1 and not expr.args[0].star:
            return _safe(expr.args[0].value, lookup)  # str(count) of a number
        given = [a for a in expr.args if a.keyword is None or a.keyword.value != "key"]  # key= only compares
        if name in ("min", "max") and all(_safe(a.value, lookup) and not a.star for a in given):
            return True  # min(remaining_ms, slice_ms): one of the values given
        if isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "join" and expr.args:
            parts = expr.args[0].value  # placeholders, or a comprehension of safe parts (quoted names)
            if not is_constant(expr.func.value):
                return False
            if isinstance(parts, (cst.ListComp, cst.SetComp, cst.GeneratorExp)) and _comprehension_safe(parts, lookup):
                return True
            return _placeholders(parts, lookup)
    formatted = _formatted(expr, lookup)
    if formatted is not None:
        return all(_safe(piece, lookup) for _, piece in formatted[1])
    if not isinstance(expr, cst.Call) and _placeholders(expr, lookup):
        return True
    return lookup.proven(expr)


def _model_metadata(expr: cst.Attribute) -> bool:
    """`model._meta.db_table`, `self.model._meta.pk.column`: what a model class declares in code (its table
    and column names), not data."""
    node: cst.BaseExpression = expr.value
    while isinstance(node, cst.Attribute):
        if node.attr.value == "_meta":
            return True
        node = node.value
    return False


def _paired(
    target: cst.BaseExpression, source: cst.BaseExpression
) -> list[tuple[str, cst.BaseExpression | None]] | None:
    """`a, b` over `zip(xs, ys)`: each name with the collection it takes its items from; `i, x` over
    `enumerate(xs)`: i a count (None: a number), x from xs. None for any other loop."""
    if type(target) is not cst.Tuple or type(source) is not cst.Call or any(a.star or a.keyword for a in source.args):
        return None
    names = [e.value.value if type(e.value) is cst.Name else None for e in target.elements]
    how = dotted(source.func)
    collections: list[cst.BaseExpression | None]
    if how == "zip":
        collections = [a.value for a in source.args]
    elif how == "enumerate" and len(source.args) == 1:
        collections = [None, source.args[0].value]
    else:
        return None
    if len(names) != len(collections) or any(n is None for n in names):
        return None
    return [(n, c) for n, c in zip(names, collections, strict=True) if n is not None]


def _counter(expr: cst.Call, lookup: Lookup) -> bool:
    """`next(ids)` with `ids = itertools.count()` in this function: a number."""
    if dotted(expr.func) != "next" or len(expr.args) != 1 or type(expr.args[0].value) is not cst.Name:
        return False
    made = lookup.assigned(expr.args[0].value.value)
    return type(made) is cst.Call and lookup.ctx.qualname(made.func) == "itertools.count"


def _safe_items(source: cst.BaseExpression, lookup: Lookup) -> bool:
    """Every item of the collection `source` is safe: a literal or class table of constants, numbers
    (`range(n)`), or a name bound to a collection of safe values (a comprehension of quoted names)."""
    if type(source) is cst.Call and dotted(source.func) == "range":
        return True
    items = literal_items(source)
    if items is not None:
        return all(is_constant(i) for i in items)
    if class_table(lookup.ctx, source) is not None:
        return True
    return isinstance(source, cst.Name) and lookup(source.value) == SAFE


def _comprehension_safe(expr: cst.DictComp | cst.ListComp | cst.SetComp | cst.GeneratorExp, lookup: Lookup) -> bool:
    """A comprehension whose keys and elements are safe, its loop variables counting as safe when what they
    iterate is (`{p: quote_identifier(url.query[p]) for p in self.PRAGMAS}`)."""
    loops: dict[str, State] = {}
    loop: cst.CompFor | None = expr.for_in
    while loop is not None:
        outer = lookup.with_find(lambda n: loops.get(n, lookup(n)))
        paired = _paired(loop.target, loop.iter)
        if paired is not None:  # for p, field in zip(names, fields): each name from its own collection
            for bound, items in paired:
                loops[bound] = SAFE if items is None or _safe_items(items, outer) else None
        else:
            state = SAFE if _safe_items(loop.iter, outer) else None
            for name in iter_nodes(loop.target, cst.Name):
                loops[name.value] = state
        loop = loop.inner_for_in
    inner = lookup.with_find(lambda n: loops[n] if n in loops else lookup(n))
    parts = [expr.key, expr.value] if isinstance(expr, cst.DictComp) else [expr.elt]
    return all(_safe(part, inner) for part in parts)


def _escaped(piece: cst.BaseExpression, before: str, lookup: Lookup) -> bool:
    """f"... = '{value.replace("'", "''")}'": placed inside a quoted literal with that quote doubled, there
    or in the assignment of the name placed."""
    return any(
        before.count(quote) % 2 == 1
        and (quote_doubled(piece, quote) or (isinstance(piece, cst.Name) and lookup(piece.value) == Escaped(quote)))
        for quote in ("'", '"')
    )


def _placeholders(expr: cst.BaseExpression, lookup: Lookup) -> bool:
    """`["%s"] * n`, `"?" * n`, `("%s" for _ in ids)`, `", ".join(...)` of those: only placeholders."""
    if is_constant(expr):
        return True
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Multiply):
        return is_constant(expr.left) or is_constant(expr.right)
    if isinstance(expr, (cst.GeneratorExp, cst.ListComp)):
        return is_constant(expr.elt) or _numbered(expr)
    if isinstance(expr, cst.Subscript):
        return _placeholders(expr.value, lookup)
    if isinstance(expr, cst.Call):
        return _safe(expr, lookup)
    if isinstance(expr, cst.Name):
        return bool(lookup(expr.value) == SAFE)
    return False


def placeholder_function(ctx: Context, name: str) -> bool:
    """`name` is a function of the module or a method of one of its classes whose every `return` gives only
    placeholders (`return ", ".join("?" * count)`): what it returns holds no value, whatever its arguments.
    Judged once per file and name, only for names called where SQL text is built."""
    judged: dict[str, bool] = ctx.memo.setdefault("placeholder functions", {})
    if name not in judged:
        judged[name] = False  # a helper returning another's result: not followed
        plain = Lookup(_nothing, ctx, dataflow=False)
        defined = [node for node in ctx.module.body if type(node) is cst.FunctionDef and node.name.value == name]
        for cls in (node for node in ctx.module.body if type(node) is cst.ClassDef):
            defined.extend(node for node in cls.body.body if type(node) is cst.FunctionDef and node.name.value == name)
        judged[name] = bool(defined) and all(
            (values := returned(function)) and all(v is not None and _placeholders(v, plain) for v in values)
            for function in defined
        )
    return judged[name]


def _numbered(comprehension: cst.GeneratorExp | cst.ListComp) -> bool:
    """`f":val_{i}" for i in range(n)`: named placeholders numbered by a loop over range()."""
    elt, loop = comprehension.elt, comprehension.for_in
    if (
        not isinstance(elt, cst.FormattedString)
        or loop.inner_for_in is not None
        or not isinstance(loop.target, cst.Name)
    ):
        return False
    if not (isinstance(loop.iter, cst.Call) and dotted(loop.iter.func) == "range"):
        return False
    head = elt.parts[0] if elt.parts else None
    fields = [p for p in elt.parts if isinstance(p, cst.FormattedStringExpression)]
    return (
        isinstance(head, cst.FormattedStringText)
        and head.value.startswith((":", "%(", "$", "@"))
        and all(isinstance(f.expression, cst.Name) and f.expression.value == loop.target.value for f in fields)
    )


# --- names bound to query text in the enclosing function ---------------------------------------------------


def _bound(call: cst.Call, query: cst.BaseExpression | None) -> bool:
    """The call passes values besides the statement: `execute(sql, (a, b))`, `execute(sql, params=...)`."""
    return query is not None and any(a.value is not query for a in call.args)


def lookup_for(call: cst.Call, query: cst.BaseExpression | None, ctx: Context) -> Lookup:
    """What each name held at `call`: constant SQL text, a safe value, or dynamically built SQL."""
    module = ctx.module
    bound = _bound(call, query)
    module_states = _states(ctx, module, _nothing, bound)
    params = {n for s in ctx.scopes[1:] for n in s.names}

    def module_lookup(name: str) -> State:
        """A module-level name seen from a function: what it holds once the module has run."""
        if name in params:
            return None
        last = next((a for a in reversed(assignments(ctx, name, module)) if a.value is not None), None)
        return module_states[id(last.node)] if last is not None else None

    function = ctx.function
    if function is None:
        return _at(ctx, call, module, module_states, _nothing, bound)
    outer: Find = module_lookup
    for enclosing in ctx.functions[:-1]:  # a nested function reads its enclosing functions' names
        outer = _closure(ctx, enclosing, _states(ctx, enclosing, outer, bound), outer)
    return _at(ctx, call, function, _states(ctx, function, outer, bound), outer, bound)


def _closure(ctx: Context, enclosing: cst.FunctionDef, states: dict[int, State], outer: Find) -> Find:
    """A name of an enclosing function seen from a function nested in it: what its last assignment there
    gave it (a parameter of it is not known), else what `outer` says."""

    def lookup(name: str) -> State:
        if parameter(enclosing, name) is not None:
            return None
        last = next((a for a in reversed(assignments(ctx, name, enclosing)) if a.value is not None), None)
        return states.get(id(last.node)) if last is not None else outer(name)

    return lookup


def _nothing(name: str) -> State:
    return None


def _at(ctx: Context, node: cst.CSTNode, scope: Body, states: dict[int, State], outer: Find, bound: bool) -> Lookup:
    """What each name held when `node` (the call being checked, or an assignment) is reached in `scope`:
    the state its last assignment before gave it, else what `outer` says."""

    def lookup(name: str) -> State:
        last = last_assignment(ctx, name, node, scope)
        while last is not None and last.value is None:  # a bare annotation leaves the name as it was
            last = last_assignment(ctx, name, last.node, scope)
        return states[id(last.node)] if last is not None else outer(name)

    return Lookup(lookup, ctx, bound, at=(node, scope))


def _classify(value: cst.BaseExpression, lookup: Lookup) -> State:
    if dynamic(value, lookup):
        return DYNAMIC
    template = _template(value, lookup)
    if template is not None and (_text(value, lookup) is not None or _looks_sql(template)):
        return (CONST, template)  # SQL text whose variable parts (if any) are not values
    # the dataflow is asked where the value is used, not here
    plain = Lookup(lookup.find, lookup.ctx, lookup.bound, False, lookup.at)
    if _safe(value, plain):
        return SAFE
    return next((Escaped(quote) for quote in ("'", '"') if quote_doubled(value, quote)), None)


def _states(ctx: Context, scope: Body, outer: Find, bound: bool) -> dict[int, State]:
    """The state each assignment in a function (or module) body gives its name, keyed by id(statement):
    worked out in source order, once per body and file, each from the states before it."""
    key = ("INP108 states", id(scope), bound)
    states: dict[int, State] | None = ctx.memo.get(key)
    if states is None:
        states = ctx.memo[key] = {}
        for assignment in assignments(ctx, scope=scope):
            node = assignment.node
            if assignment.value is None or "." in assignment.name or id(node) in states:
                continue  # a bare annotation, an attribute, or the second target of `a = b = ...`
            lookup = _at(ctx, node, scope, states, outer, bound)
            if not isinstance(node, cst.AugAssign):
                states[id(node)] = _classify(assignment.value, lookup)
            elif isinstance(node.operator, cst.AddAssign):
                states[id(node)] = _classify(cst.BinaryOperation(node.target, cst.Add(), node.value), lookup)
            else:
                states[id(node)] = None  # something else now, which hides a module constant of that name
    return states
