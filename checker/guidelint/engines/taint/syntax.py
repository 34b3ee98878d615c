"""Small syntactic questions the dataflow engine asks of libcst nodes."""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Callable, Iterator, Sequence
from typing import Any

import libcst as cst

from guidelint.cst.arguments import arg
from guidelint.cst.children import children, descendants, is_node
from guidelint.engines.taint.propagation import Propagation
from guidelint.engines.taint.tables import (
    _NAMESPACE_ATTRIBUTES,
    _NAMESPACES,
    CONTAINED_KINDS,
    CONTENT_KINDS,
    LINE_KINDS,
)
from guidelint.semantic.constants import NOT_CONSTANT, constant_value, is_constant
from guidelint.semantic.names import Names, dotted, import_bindings

_walk = descendants  # the node and every syntax node below it


# node classes compared by their type (none has subclasses: no ABCMeta `isinstance` on hot paths)
EXIT_STATEMENTS = frozenset({cst.Return, cst.Raise, cst.Continue, cst.Break})
NESTED_SCOPES = frozenset({cst.FunctionDef, cst.ClassDef, cst.Lambda})


def _inside_argument(before: str) -> bool:
    """Whether a value placed after `before` lands inside an argument that a constant starts: it cannot
    add arguments or become an option ("/exports/{name}" can not; "ping {host}" and "-o{opt}" can)."""
    if not before or before[-1].isspace():
        return False
    token = before.split()[-1]
    return not token.startswith(("-", "\0"))


def _leading_text(expr: cst.BaseExpression) -> str:
    """The constant text a string built in code starts with (f"by {user}", "by " + user, "by %s" % user,
    "by {}".format(user)); "" when it starts with a value or is no such string."""
    if isinstance(expr, cst.FormattedString):
        first = expr.parts[0] if expr.parts else None
        return first.value if isinstance(first, cst.FormattedStringText) else ""
    if isinstance(expr, cst.ConcatenatedString):
        return _leading_text(expr.left)
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, (cst.Add, cst.Modulo)):
        head = expr.left
        if isinstance(expr.operator, cst.Add) and not isinstance(head, cst.SimpleString):
            return _leading_text(head)
        text = constant_value(head) if isinstance(head, cst.SimpleString) else None
        if not isinstance(text, str):
            return ""
        return text.split("%", 1)[0] if isinstance(expr.operator, cst.Modulo) else text
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "format":
        text = constant_value(expr.func.value) if isinstance(expr.func.value, cst.SimpleString) else None
        return text.split("{", 1)[0] if isinstance(text, str) else ""
    return ""


def _body(block: cst.BaseSuite) -> Sequence[cst.BaseStatement | cst.BaseSmallStatement]:
    return block.body


def _decorator_name(decorator: cst.Decorator, names: Names) -> str:
    expr = decorator.decorator.func if type(decorator.decorator) is cst.Call else decorator.decorator
    return names.qualname(expr) or dotted(expr) or ""


def _matches(name: str, patterns: Sequence[str]) -> bool:
    """Whether the name matches one of the fnmatch patterns (a models' tuple of them: one regular expression
    of their alternatives, compiled once, instead of a `fnmatchcase` call per pattern at every name)."""
    if type(patterns) is not tuple:
        return any(fnmatch.fnmatchcase(name, p) for p in patterns)
    match = _ALTERNATIVES.get(patterns)
    if match is None:
        match = _ALTERNATIVES[patterns] = _alternatives(patterns)
    return match(name) is not None


_ALTERNATIVES: dict[tuple[str, ...], Callable[[str], object]] = {}


def _alternatives(patterns: tuple[str, ...]) -> Callable[[str], object]:
    if not patterns:
        return lambda name: None  # no pattern: nothing matches (an empty alternative would match anything)
    return re.compile("|".join(fnmatch.translate(p) for p in patterns)).match


def _names_in(expr: cst.CSTNode) -> list[str]:
    names = []
    for node in _walk(expr):
        if type(node) is cst.Name:
            names.append(node.value)
    return names


def _namespace(expr: cst.BaseExpression) -> bool:
    """globals(), locals(), vars(x), or x.__globals__ / x.__dict__ / x.__builtins__."""
    if type(expr) is cst.Call and type(expr.func) is cst.Name:
        return expr.func.value in _NAMESPACES
    return type(expr) is cst.Attribute and expr.attr.value in _NAMESPACE_ATTRIBUTES


def _compares_with_fixed(left: cst.BaseExpression, comparison: cst.ComparisonTarget) -> bool:
    """x in ALLOWED, x == "admin": the value itself in a collection or equal to a constant. A test of a
    piece of it, such as its extension (name.rsplit(".", 1)[1] in EXTENSIONS), says nothing of the rest, and
    whether "." in x is a requirement or a refusal depends on what the function returns."""
    if is_constant(left):
        return isinstance(comparison.operator, (cst.Equal, cst.NotEqual))
    if type(left) is not cst.Name:
        return False
    if isinstance(comparison.operator, (cst.In, cst.NotIn)):
        return True
    return isinstance(comparison.operator, (cst.Equal, cst.NotEqual)) and is_constant(comparison.comparator)


def _check_kinds(name: str, known: Propagation) -> frozenset[str]:
    """Sink kinds a check called `name` protects (by the models' `guards:` words): containment keeps paths and
    URLs where they belong; a format check keeps content (shell, SQL, HTML...) harmless; a single-line check
    (isprintable) keeps log records and headers whole."""
    name = name.lower()
    kinds: frozenset[str] = frozenset()
    if any(word in name for word in known["containment"]):
        kinds |= CONTAINED_KINDS
    if any(word in name for word in known["validation"]):
        kinds |= CONTENT_KINDS
    if name.startswith(tuple(known["character-class"])):  # letters and digits only: no separators, no dots either
        kinds |= CONTAINED_KINDS
    if name.startswith(tuple(known["single-line"])):  # isprintable(): no line break, any other text
        kinds |= LINE_KINDS
    return kinds


def _call_name(call: cst.Call) -> str:
    func = call.func
    if type(func) is cst.Attribute:
        return func.attr.value
    return func.value if type(func) is cst.Name else ""


def _constant_index(expr: cst.Subscript) -> Any:
    if len(expr.slice) == 1 and type(expr.slice[0].slice) is cst.Index:
        value = expr.slice[0].slice.value
        if is_constant(value):
            return constant_value(value)
    return NOT_CONSTANT


def _capture_names(pattern: cst.MatchPattern) -> list[str]:
    return [n.value for n in _walk(pattern) if type(n) is cst.Name and n.value not in ("True", "False", "None")]


def _literal_captures(
    pattern: cst.MatchPattern, fold: Callable[[cst.BaseExpression], Any]
) -> dict[str, frozenset[Any]]:
    """Names a pattern binds to one of its own literals (`"open" | "closed" as status`, also inside a mapping
    or class pattern): the name holds one of those constants, not the subject's text."""
    found: dict[str, frozenset[Any]] = {}
    for node in _walk(pattern):
        if type(node) is not cst.MatchAs or node.name is None or node.pattern is None:
            continue
        inner = node.pattern
        options = [p.pattern for p in inner.patterns] if type(inner) is cst.MatchOr else [inner]
        literal = (cst.MatchValue, cst.MatchSingleton)
        values = [fold(p.value) if isinstance(p, literal) else NOT_CONSTANT for p in options]
        if all(v is None or isinstance(v, (str, int, float, bytes, bool)) for v in values):
            found[node.name.value] = frozenset(values)
    return found


def _case_matches(pattern: cst.MatchPattern, subject: Any, fold: Callable[[cst.BaseExpression], Any]) -> bool | None:
    """Whether a case pattern matches a subject of constant value `subject` (NOT_CONSTANT: any value): True
    for a catch-all or an equal value, False for another value, None when it cannot be told."""
    if type(pattern) is cst.MatchAs:
        return True if pattern.pattern is None else _case_matches(pattern.pattern, subject, fold)
    if type(pattern) is cst.MatchOr:
        found = [_case_matches(p.pattern, subject, fold) for p in pattern.patterns]
        return True if True in found else False if all(f is False for f in found) else None
    if subject is NOT_CONSTANT or not isinstance(pattern, (cst.MatchValue, cst.MatchSingleton)):
        return None
    value = fold(pattern.value)
    return None if value is NOT_CONSTANT else bool(value == subject and type(value) is type(subject))


def exit_call(
    call: cst.Call, exits: frozenset[str], qualname: Callable[[cst.BaseExpression], str | None] | None
) -> bool:
    """Whether a call is one of `exits`: by the name called (`abort(400)`, `self.fail()`), or by its qualified
    name where an entry is one (`streamlit.stop`: `st.stop()`, not any object's `stop()`)."""
    called = _call_name(call)
    if called in exits:
        return True
    dotted_exit = any(e.endswith("." + called) for e in exits) if called else False  # resolve only these
    return dotted_exit and qualname is not None and (qualname(call.func) or "") in exits


def _always_exits(
    block: cst.BaseSuite,
    exits: frozenset[str],
    qualname: Callable[[cst.BaseExpression], str | None] | None = None,
) -> bool:
    """Whether a block always ends in return, raise, continue, break or a call of one of `exits`."""
    body = list(_body(block))
    if not body:
        return False
    last = body[-1]
    if type(last) is cst.SimpleStatementLine and last.body:
        small = last.body[-1]
        if type(small) in EXIT_STATEMENTS:
            return True
        if type(small) is cst.Expr and type(small.value) is cst.Call:
            return exit_call(small.value, exits, qualname)
    if type(last) in EXIT_STATEMENTS:
        return True
    if type(last) is cst.If and last.orelse is not None and type(last.orelse) is cst.Else:
        return _always_exits(last.body, exits, qualname) and _always_exits(last.orelse.body, exits, qualname)
    return False


def returns_response(fn: cst.FunctionDef) -> bool:
    """Whether a function is annotated to return a response object (`-> Response`, `-> HttpResponse`,
    `-> Response | None`): a handler returning one hands the framework an object, not a string it turns
    into a page. Any other member (`str`, `Markup`, `Any`) or no annotation: False."""
    if fn.returns is None:
        return False
    members: list[cst.BaseExpression] = [fn.returns.annotation]
    seen = 0
    while members:
        node = members.pop()
        if type(node) is cst.BinaryOperation and type(node.operator) is cst.BitOr:
            members += [node.left, node.right]
            continue
        if type(node) is cst.Subscript and (dotted(node.value) or "").rsplit(".", 1)[-1] in ("Union", "Optional"):
            members += [e.slice.value for e in node.slice if type(e.slice) is cst.Index]
            continue
        text = node.evaluated_value if type(node) is cst.SimpleString else dotted(node)
        name = text.rsplit(".", 1)[-1] if isinstance(text, str) else ""
        if name == "None":
            continue
        if not name.endswith("Response"):
            return False
        seen += 1
    return seen > 0


def fixed_keys(fn: cst.FunctionDef, name: str, constant: Callable[[cst.BaseExpression], bool]) -> bool:
    """Every key of the dict `name` is written in `fn`'s code: it is assigned only dict displays with
    constant keys (no `**`), `dict(key=value, ...)` or a comprehension whose keys come from a `constant`
    collection (`{k: v for k, v in data.items() if k in EDITABLE}`), and otherwise only indexed with constants
    (`kw["a"] = x`, `kw["a"]["b"]`), given constant keys (`kw.update(a=x)`, `kw.update({"a": x})`,
    `kw.setdefault("a", x)`) or unpacked (`f(**kw)`); never passed, otherwise updated or iterated, which
    could add keys the code does not name."""
    assigned = False
    stack: list[tuple[cst.CSTNode, cst.CSTNode | None]] = [(fn.body, None)]
    while stack:
        node, parent = stack.pop()
        if isinstance(node, cst.Call) and _stores_constant_keys(node, name):
            stack.extend((a.value, a) for a in node.args)  # the values may still mention the dict
            continue
        if isinstance(node, cst.Name) and node.value == name:
            if isinstance(parent, cst.AssignTarget):
                continue  # the value is checked at the Assign
            if (isinstance(parent, cst.Arg) and parent.keyword is node) or (
                isinstance(parent, cst.Attribute) and parent.attr is node
            ):
                continue  # f(kwargs=...), obj.kwargs: other names spelled the same
            if (
                isinstance(parent, cst.Subscript)
                and parent.value is node
                and _constant_index(parent) is not NOT_CONSTANT
            ):
                continue
            if isinstance(parent, cst.Arg) and parent.star == "**":
                continue
            return False
        if isinstance(node, cst.Assign) and any(
            isinstance(t.target, cst.Name) and t.target.value == name for t in node.targets
        ):
            if not (_constant_keyed(node.value) or allowed_keys(node.value, constant)):
                return False
            assigned = True
        stack.extend((child, node) for child in children(node))
    return assigned


def _constant_keyed(value: cst.BaseExpression) -> bool:
    """A dict display with constant keys and no `**`, or `dict(key=value, ...)`."""
    if isinstance(value, cst.Dict):
        return all(isinstance(e, cst.DictElement) and is_constant(e.key) for e in value.elements)
    return (
        isinstance(value, cst.Call)
        and isinstance(value.func, cst.Name)
        and value.func.value == "dict"
        and all(a.keyword is not None and not a.star for a in value.args)
    )


def allowed_keys(value: cst.BaseExpression, constant: Callable[[cst.BaseExpression], bool]) -> bool:
    """A dict comprehension whose every key is drawn from a constant collection: it iterates over one
    (`{k: data[k] for k in FIELDS if k in data}`) or keeps only keys found in one (`... if k in EDITABLE`)."""
    if not (isinstance(value, cst.DictComp) and isinstance(value.key, cst.Name)) or value.for_in.inner_for_in:
        return False
    key, loop = value.key.value, value.for_in
    if isinstance(loop.target, cst.Name) and loop.target.value == key and constant(loop.iter):
        return True
    if _zipped_constant(loop.target, loop.iter, key, constant):  # for k, v in zip(FIELDS, values)
        return True
    return any(
        isinstance(test := condition.test, cst.Comparison)
        and isinstance(test.left, cst.Name)
        and test.left.value == key
        and len(test.comparisons) == 1
        and isinstance(test.comparisons[0].operator, cst.In)
        and constant(test.comparisons[0].comparator)
        for condition in loop.ifs
    )


def _zipped_constant(
    target: cst.BaseAssignTargetExpression,
    iterable: cst.BaseExpression,
    key: str,
    constant: Callable[[cst.BaseExpression], bool],
) -> bool:
    """`for k, v in zip(FIELDS, values)`: `k` is an item of the constant collection zipped at its place."""
    if not (isinstance(target, cst.Tuple) and isinstance(iterable, cst.Call) and dotted(iterable.func) == "zip"):
        return False
    names = [e.value.value if isinstance(e.value, cst.Name) else None for e in target.elements]
    zipped = [a for a in iterable.args if a.keyword is None and not a.star]
    return key in names and len(zipped) == len(names) and constant(zipped[names.index(key)].value)


def bound_values(fn: cst.FunctionDef, name: str) -> list[cst.BaseExpression] | None:
    """What a local name is assigned in `fn`, when it is only assigned there and read as a whole (`q = {...}`
    then `f(q)`, or held by a display, `[q]`): never indexed, changed through a method or augmented, so it
    holds one of these values."""
    params = fn.params
    if any(p.name.value == name for p in (*params.posonly_params, *params.params, *params.kwonly_params)):
        return None  # a parameter: what callers pass too
    found: list[cst.BaseExpression] = []
    stack: list[tuple[cst.CSTNode, cst.CSTNode | None]] = [(fn.body, None)]
    while stack:
        node, parent = stack.pop()
        if isinstance(node, cst.Assign) and any(
            isinstance(t.target, cst.Name) and t.target.value == name for t in node.targets
        ):
            if len(node.targets) != 1:
                return None
            found.append(node.value)
            stack.append((node.value, node))
            continue
        if isinstance(node, cst.Name) and node.value == name:
            passed = isinstance(parent, cst.Arg) and parent.value is node
            spelled = isinstance(parent, cst.Arg) and parent.keyword is node  # f(body=body): the keyword's name
            # held whole by a display ([score, 10], {"$expr": score}, {**allowed}): read, not changed
            held = isinstance(parent, (cst.Element, cst.StarredDictElement, cst.DictElement)) and parent.value is node
            if not (passed or spelled or held or (isinstance(parent, cst.Attribute) and parent.attr is node)):
                return None  # indexed, a method called on it, augmented, rebound by a for or a with...
        stack.extend((child, node) for child in children(node))
    return found or None


def _stores_constant_keys(call: cst.Call, name: str) -> bool:
    """`name.update(a=x)`, `name.update({"a": x})` or `name.setdefault("a", x)`."""
    func = call.func
    if not (isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name) and func.value.value == name):
        return False
    args = call.args
    if func.attr.value == "setdefault":
        return bool(args) and args[0].keyword is None and not args[0].star and is_constant(args[0].value)
    if func.attr.value != "update":
        return False
    if all(a.keyword is not None and not a.star for a in args):
        return True
    return len(args) == 1 and args[0].keyword is None and not args[0].star and _constant_keyed(args[0].value)


def raises(fn: cst.FunctionDef) -> bool:
    """The function raises an exception itself somewhere (not in a function or class nested in it)."""
    stack: list[cst.CSTNode] = [fn.body]
    while stack:
        node = stack.pop()
        if type(node) is cst.Raise:
            return True
        if type(node) not in NESTED_SCOPES:
            stack.extend(children(node))
    return False


HOST_PARTS = frozenset({"hostname", "netloc", "host"})


def _parsed_host_of(expr: cst.CSTNode | None) -> bool:
    """`urlparse(url).hostname`: the host a call parsed out of a value (where a URL points)."""
    return type(expr) is cst.Attribute and expr.attr.value in HOST_PARTS and type(expr.value) is cst.Call


def _piece(expr: cst.CSTNode | None) -> bool:
    """A value made of an item or a slice of another (`os.path.splitext(name)[1].lower()`): a check of it
    says nothing of the rest of that other value, unlike a parse of the whole (`urlparse(url)`)."""
    node = expr
    while node is not None:  # down the chain of calls and attributes the value is made by
        if type(node) is cst.Subscript:
            return True
        if type(node) is cst.Call:
            func = node.func
            node = func.value if type(func) is cst.Attribute else None
        else:
            node = node.value if type(node) is cst.Attribute else None
    return False


def _star_index(fn: cst.FunctionDef) -> int:
    """The position of `*args` among the parameters as `Analysis._params` lists them (-1: none)."""
    p = fn.params
    if type(p.star_arg) is not cst.Param:
        return -1
    return len(p.posonly_params) + len(p.params) + len(p.kwonly_params)


def _constant_attribute(name: str, call: cst.Call, qualname: Callable[[cst.BaseExpression], str | None]) -> str | None:
    """The attribute name of getattr(obj, "name"[, default]) written as a constant, else None; also of
    operator.attrgetter("name")(obj), which reads the same attribute."""
    func = call.func
    if type(func) is cst.Call and qualname(func.func) == "operator.attrgetter":
        given = [*func.args, *call.args]
        if len(func.args) != 1 or len(call.args) != 1 or any(a.keyword is not None or a.star for a in given):
            return None
        attr = constant_value(func.args[0].value)
        return attr if isinstance(attr, str) and attr.isidentifier() else None  # "lead.lei": a chain, not followed
    if name not in ("getattr", "builtins.getattr") or not 2 <= len(call.args) <= 3:
        return None
    if any(a.keyword is not None or a.star for a in call.args):
        return None
    attr = constant_value(call.args[1].value)
    return attr if isinstance(attr, str) else None


def _set_attribute(name: str, call: cst.Call) -> str | None:
    """The attribute name of setattr(obj, "name", value) written as a constant, else None (also
    object.__setattr__(self, "name", value), how a frozen dataclass's __post_init__ sets a field)."""
    if name not in ("setattr", "builtins.setattr", "object.__setattr__") or len(call.args) != 3:
        return None
    if any(a.keyword is not None or a.star for a in call.args):
        return None
    attr = constant_value(call.args[1].value)
    return attr if isinstance(attr, str) else None


def _ends_with_return(fn: cst.FunctionDef) -> bool:
    """The function's last statement returns a value: it cannot end by falling off its body (returning None)."""
    body = fn.body.body if isinstance(fn.body, cst.IndentedBlock) else [fn.body]
    last = body[-1] if body else None
    if isinstance(last, (cst.SimpleStatementLine, cst.SimpleStatementSuite)):
        return type(last.body[-1]) is cst.Return and last.body[-1].value is not None
    return False


def yields_as_statements(fn: cst.FunctionDef) -> bool:
    """A generator whose every `yield` is a statement of its own (`yield x`, `yield from xs`), not a value
    it receives (`got = yield x`); nested functions and classes are theirs."""
    stack: list[cst.CSTNode] = [fn.body]
    found = False
    while stack:
        node = stack.pop()
        if type(node) in (cst.FunctionDef, cst.ClassDef, cst.Lambda):
            continue
        if type(node) is cst.Expr and type(node.value) is cst.Yield:
            found = True
            stack.extend(children(node.value))
            continue
        if type(node) is cst.Yield:
            return False
        stack.extend(children(node))
    return found


_CONTAINER_CALLS = frozenset({"dict", "list", "set", "defaultdict", "OrderedDict", "deque", "Counter"})


def _containers(fn: cst.FunctionDef) -> frozenset[str]:
    """Attributes a constructor sets to a new, empty or not, container: `self.items = {}`, `= list()`,
    `self.errors: list[str] = []`."""
    found = set()
    for node in _walk(fn.body):
        if type(node) is cst.Assign:
            value, targets = node.value, [t.target for t in node.targets]
        elif type(node) is cst.AnnAssign and node.value is not None:
            value, targets = node.value, [node.target]
        else:
            continue
        made = type(value) is cst.Call and (dotted(value.func) or "").rsplit(".", 1)[-1] in _CONTAINER_CALLS
        if isinstance(value, (cst.Dict, cst.List, cst.Set, cst.DictComp, cst.ListComp, cst.SetComp)) or made:
            for t in targets:
                if type(t) is cst.Attribute and type(t.value) is cst.Name and t.value.value == "self":
                    found.add(t.attr.value)
    return frozenset(found)


def unstarred(expr: cst.BaseExpression) -> list[cst.BaseExpression] | None:
    """The elements of a tuple or list display without a starred one (None for anything else)."""
    if (type(expr) is cst.Tuple or type(expr) is cst.List) and not any(
        type(e) is cst.StarredElement for e in expr.elements
    ):
        return [e.value for e in expr.elements]
    return None


def top_level_bindings(module: cst.Module) -> dict[str, list[cst.BaseExpression]]:
    """What each name (or dotted target) is assigned by a plain `NAME = value` at a module's top level, in
    the order of the statements."""
    found: dict[str, list[cst.BaseExpression]] = {}
    for stmt in module.body:
        small = stmt.body[0] if type(stmt) is cst.SimpleStatementLine else None
        if type(small) is cst.Assign and len(small.targets) == 1:
            name = dotted(small.targets[0].target)
            if name:
                found.setdefault(name, []).append(small.value)
    return found


def function_imports(fn: cst.FunctionDef) -> Iterator[tuple[str, str | None]]:
    """Imports anywhere in a function's own statements (not in nested definitions)."""
    stack: list[Any] = list(_body(fn.body))
    while stack:
        node = stack.pop()
        kind = type(node)
        if kind is cst.Import or kind is cst.ImportFrom:
            yield from import_bindings(node)
        elif kind is cst.SimpleStatementLine or kind is cst.SimpleStatementSuite or kind is cst.IndentedBlock:
            stack.extend(node.body)
        elif kind not in (cst.FunctionDef, cst.ClassDef) and is_node(node):
            for attr in ("body", "orelse", "finalbody", "handlers", "cases"):
                value = getattr(node, attr, None)
                if isinstance(value, (list, tuple)):
                    stack.extend(value)
                elif value is not None and is_node(value):
                    stack.append(value)


def lookup_converter(call: cst.Call) -> cst.BaseExpression | None:
    """The converter a lookup applies to the value it finds: werkzeug's `args.get("id", type=int)` (or the
    third positional argument) returns `int(value)`, or the default."""
    given = next((a.value for a in call.args if a.keyword is not None and a.keyword.value == "type"), None)
    if given is None and len(call.args) == 3 and not any(a.keyword or a.star for a in call.args):
        given = call.args[2].value
    return given


def argument_at(call: cst.Call, where: str) -> cst.Arg | None:
    """The argument a model entry's WHERE names: a 0-based position (`"1"`) or a keyword (`"target"`)."""
    return arg(call, position=int(where)) if where.isdigit() else arg(call, keyword=where)


def keyword_name(qualname: Callable[[cst.BaseExpression], str | None], call: cst.Call, keyword: str) -> str | None:
    """The qualified name of what the call's keyword is given (`serializer=pickle`: "pickle"), or None."""
    value = next((a.value for a in call.args if a.keyword is not None and a.keyword.value == keyword), None)
    return qualname(value) if value is not None else None


def comprehension_walruses(comp: cst.BaseExpression) -> list[str]:
    """The names the walrus operators of a comprehension bind (`[b for c in codes if (b := NAMES.get(c))]`,
    `any((bad := x) not in ALLOWED for x in xs)`): Python binds them in the scope around it (PEP 572), those of
    nested comprehensions too; a lambda's are its own."""
    names: list[str] = []
    stack: list[cst.CSTNode] = [comp]
    while stack:
        node = stack.pop()
        if type(node) is cst.NamedExpr and type(node.target) is cst.Name:
            names.append(node.target.value)
        stack.extend(child for child in children(node) if type(child) is not cst.Lambda)
    return names


def given_keyword(call: cst.Call, keywords: tuple[str, ...]) -> bool:
    """Whether the call is given one of these keywords, with something other than None or False (a switch
    given False is off: `st.selectbox(..., accept_new_options=False)`)."""
    return any(
        a.keyword is not None
        and a.keyword.value in keywords
        and not (type(a.value) is cst.Name and a.value.value in ("None", "False"))
        for a in call.args
    )
