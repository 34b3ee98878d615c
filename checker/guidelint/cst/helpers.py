"""Small questions rules ask of calls, arguments, names and the module."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import lru_cache
from typing import Any, TypeVar, cast

import libcst as cst

from guidelint.cst.api import Context
from guidelint.cst.arguments import arg
from guidelint.cst.bindings import assignments, bound_value, module_constant, parameter, reaching
from guidelint.cst.children import Derived, children_in_order
from guidelint.semantic.constants import NOT_CONSTANT, constant_value, is_constant
from guidelint.semantic.formatting import string_text
from guidelint.semantic.names import dotted, private_name
from guidelint.semantic.summary import absolute_name

N = TypeVar("N", bound=cst.CSTNode)


def has_star_args(call: cst.Call) -> bool:
    return any(a.star for a in call.args)


def keyword_is(call: cst.Call, keyword: str, value: object) -> bool:
    """True when `keyword=` is passed as a literal equal to `value`."""
    a = arg(call, keyword)
    return a is not None and constant_value(a.value) == value and is_constant(a.value)


def opens_to_write(call: cst.Call, ctx: Context) -> bool:
    """open(path, mode) with a mode that writes, appends or creates: w, a or x in the literal (or in the code
    of the expression that gives the mode)."""
    mode = arg(call, "mode", 1)
    return mode is not None and any(c in (string_text(mode.value) or ctx.code(mode.value)) for c in "wax")


def decorator_names(func: cst.FunctionDef | cst.ClassDef, ctx: Context) -> list[str]:
    """Qualified (or dotted) names of a function's decorators, without call arguments."""
    names = []
    for d in func.decorators:
        expr = d.decorator.func if isinstance(d.decorator, cst.Call) else d.decorator
        names.append(ctx.qualname(expr) or dotted(expr) or "")
    return names


def iter_calls(node: cst.CSTNode) -> Iterator[cst.Call]:
    """Every call inside `node` (pre-order)."""
    return iter_nodes(node, cst.Call)


_DERIVED: dict[type, Derived] = {}  # per class asked for: which node types derive from it


def iter_nodes(node: cst.CSTNode, kind: type[N]) -> Iterator[N]:
    """Every node of type `kind` inside `node` (pre-order)."""
    derives = _DERIVED.get(kind)
    if derives is None:
        derives = _DERIVED[kind] = Derived(kind)
    stack: list[cst.CSTNode] = [node]
    while stack:
        current = stack.pop()
        if derives[type(current)]:
            yield cast(N, current)
        stack.extend(reversed(children_in_order(current)))


def target_name(target: cst.BaseExpression) -> str | None:
    """The name an assignment target stores under: `x` -> "x", `obj.attr` -> "attr", `d["key"]` -> "key"."""
    if isinstance(target, cst.Name):
        return target.value
    if isinstance(target, cst.Attribute):
        return target.attr.value
    if isinstance(target, cst.Subscript) and len(target.slice) == 1:
        index = target.slice[0].slice
        if isinstance(index, cst.Index):
            return string_text(index.value)
    return None


_WORD = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z]+|[A-Z]+|[0-9]+")


def name_words(identifier: str) -> list[str]:
    """The words of an identifier, lower-cased: split at underscores and other punctuation, at changes of
    case and around digits. "db_password" -> ["db", "password"], "apiKey2" -> ["api", "key", "2"],
    "HTTPServer" -> ["http", "server"]."""
    return list(_name_words(identifier))


def last_word(identifier: str) -> str:
    """The word that says what a name holds: its last word, digits left out ("db_password2" -> "password",
    "apiKey" -> "key"); "" when it has none."""
    words = [w for w in name_words(identifier) if not w.isdigit()]
    return words[-1] if words else ""


@lru_cache(maxsize=8192)
def _name_words(identifier: str) -> tuple[str, ...]:
    return tuple(w.lower() for w in _WORD.findall(identifier))


def imports_module(ctx: Context, module: str) -> bool:
    """True when a name visible at this point is bound to `module` or something in it (`import aiohttp`,
    `from aiohttp import web`, also an import inside the enclosing function)."""
    prefix = module + "."
    return any(full == module or full.startswith(prefix) for full in imported_names(ctx))


def imported_names(ctx: Context) -> Iterator[str]:
    """The qualified names the names visible at this point are bound to by imports."""
    return (full for scope in ctx.scopes for full in scope.names.values() if full is not None)


SETTINGS_MARKERS = ("INSTALLED_APPS", "MIDDLEWARE", "ROOT_URLCONF")


def is_settings_module(ctx: Context) -> bool:
    """A Django settings module: one that assigns INSTALLED_APPS, MIDDLEWARE or ROOT_URLCONF a non-empty
    value at the top of the module (Django's global_settings.py, with its empty defaults, is not one), or one
    that star-imports such a module of the project and overrides it (a deployment's settings_staging.py with
    `from .settings import *`, settings/production.py with `from .base import *`)."""
    key = "guidelint.cst.settings_module"
    found = ctx.memo.get(key)
    if found is None:
        found = ctx.memo[key] = any(
            a.top_level and a.value is not None and not isinstance(a.node, cst.AugAssign) and _non_empty(a.value)
            for marker in SETTINGS_MARKERS
            for a in assignments(ctx, marker, ctx.module)
        ) or any(_settings_text(ctx, name, 0) for name in _star_imports(ctx))
    return bool(found)


_MARKERS = "|".join(SETTINGS_MARKERS)
_MARKED = re.compile(rf"^(?:{_MARKERS})\s*(?::[^=\n]*)?=\s*(?![\[(]\s*[\])])\S", re.M)
_STAR = re.compile(r"^from\s+(\.*[\w.]*)\s+import\s+\*", re.M)
SETTINGS_DEPTH = 3  # how many star-imported modules deep a settings module is looked for


def _star_imports(ctx: Context) -> list[str]:
    """The absolute names of the modules the checked module star-imports at its top."""
    names = []
    for statement in ctx.module.body:
        if not isinstance(statement, cst.SimpleStatementLine):
            continue
        for small in statement.body:
            if isinstance(small, cst.ImportFrom) and isinstance(small.names, cst.ImportStar):
                module = (dotted(small.module) or "") if small.module is not None else ""
                names.append(ctx.project.absolute("." * len(small.relative) + module))
    return names


def _settings_text(ctx: Context, module: str, depth: int) -> bool:
    """The project module (read as text, recorded as a dependency) marks a settings module, itself or
    through the modules it star-imports."""
    found = ctx.project.module_text(module) if module and not module.startswith(".") else None
    if found is None:
        return False
    rel, text = found
    if _MARKED.search(text):
        return True
    if depth >= SETTINGS_DEPTH:
        return False
    package = module if rel.endswith("__init__.py") else module.rpartition(".")[0]
    return any(
        _settings_text(ctx, absolute_name(package, name), depth + 1) for name in _STAR.findall(text) if name.strip(".")
    )


def _non_empty(value: cst.BaseExpression) -> bool:
    if isinstance(value, (cst.List, cst.Tuple)):
        return bool(value.elements)
    if isinstance(value, cst.SimpleString):
        return bool(string_text(value))
    return True


def with_keyword(call: cst.Call, name: str, value: cst.BaseExpression) -> cst.Call:
    """The call with `name=value` appended as its last argument, following the layout of the others
    (for fixes such as adding timeout= or filter=)."""
    equal = cst.AssignEqual(whitespace_before=cst.SimpleWhitespace(""), whitespace_after=cst.SimpleWhitespace(""))
    args = list(call.args)
    if not args:
        return call.with_changes(args=[cst.Arg(value=value, keyword=cst.Name(name), equal=equal)])
    last = args[-1]
    previous = args[-2].comma if len(args) > 1 else cst.MaybeSentinel.DEFAULT
    if isinstance(previous, cst.Comma):
        separator = previous
    elif isinstance(call.whitespace_before_args, cst.ParenthesizedWhitespace):
        separator = cst.Comma(whitespace_after=call.whitespace_before_args)
    else:
        separator = cst.Comma(whitespace_after=cst.SimpleWhitespace(" "))
    added = cst.Arg(
        value=value,
        keyword=cst.Name(name),
        equal=equal,
        comma=last.comma,
        whitespace_after_arg=last.whitespace_after_arg,
    )
    args[-1] = last.with_changes(comma=separator, whitespace_after_arg=cst.SimpleWhitespace(""))
    return call.with_changes(args=[*args, added])


def argument_value(call: cst.Call, keywords: Sequence[str]) -> cst.BaseExpression | None:
    """The value passed by the first of `keywords` that is given, else the first positional argument."""
    for keyword in keywords:
        found = arg(call, keyword)
        if found is not None:
            return found.value
    found = arg(call, None, 0)
    return found.value if found is not None else None


def constant_collection(values: Sequence[cst.BaseExpression], ctx: Context) -> bool:
    """True when there are values and each is a dict, list, tuple or set literal of constants (module
    constants count): an allow-list the code fixes."""
    if not values:
        return False
    for value in values:
        items = literal_items(value)
        if not items or any(module_constant(ctx, item) is NOT_CONSTANT for item in items):
            return False
    return True


def literal_items(expr: cst.BaseExpression) -> list[cst.BaseExpression] | None:
    """The elements of a list, tuple or set literal, or the values of a dict literal; None for anything else."""
    if isinstance(expr, cst.Dict):
        return [e.value for e in expr.elements if isinstance(e, cst.DictElement)]
    if isinstance(expr, (cst.List, cst.Tuple, cst.Set)):
        return [e.value for e in expr.elements]
    return None


_FIXED_DEPTH = 3


def fixed_bytes(expr: cst.BaseExpression, ctx: Context, depth: int = 0) -> bool:
    """A value that is the same on every run (an IV, nonce or salt that is not random): a literal, with
    b"\\x00" * 16 or * AES.block_size, concatenations of such, bytes(n), .encode()/bytes.fromhex of a
    literal, or a name bound only to one of those."""
    if depth > _FIXED_DEPTH:
        return False
    value = constant_value(expr)
    if isinstance(value, (str, bytes)):
        return True
    if isinstance(expr, cst.BinaryOperation):
        left, right = expr.left, expr.right
        if isinstance(expr.operator, cst.Multiply):  # b"\0" * AES.block_size: the same bytes, whatever the count
            return fixed_bytes(left, ctx, depth + 1) or fixed_bytes(right, ctx, depth + 1)
        if isinstance(expr.operator, cst.Add):
            return fixed_bytes(left, ctx, depth + 1) and fixed_bytes(right, ctx, depth + 1)
        return False
    if isinstance(expr, cst.Subscript):
        return fixed_bytes(expr.value, ctx, depth + 1)
    if isinstance(expr, cst.Call):
        func = expr.func
        name = dotted(func)
        if name in ("bytes", "bytearray") and len(expr.args) == 1:
            return isinstance(constant_value(expr.args[0].value), int)
        if name == "bytes.fromhex" and len(expr.args) == 1:
            return fixed_bytes(expr.args[0].value, ctx, depth + 1)
        if isinstance(func, cst.Attribute) and func.attr.value == "encode":
            return fixed_bytes(func.value, ctx, depth + 1)
        return False
    if isinstance(expr, cst.Name):
        # the name's one value; annotated assignments are not counted
        bound = bound_value(ctx, expr.value, where=lambda a: not isinstance(a.node, cst.AnnAssign))
        return bound is not None and fixed_bytes(bound, ctx, depth + 1)
    return False


def fixed_values(expr: cst.BaseExpression, ctx: Context) -> frozenset[Any] | None:
    """The values `expr` can have when the code fixes them: a literal's value, else the constants the
    dataflow proves it one of (a module or class constant, an enum member, an entry of a constant table, a
    constant imported from another module of the project); None when it is not known."""
    if is_constant(expr):
        value = constant_value(expr)
        try:
            return frozenset({value})
        except TypeError:
            return None
    if not may_be_fixed(expr, ctx):
        return None
    facts = ctx.facts(expr)
    return facts.values if facts.fixed else None


TEXT_METHODS = frozenset({"format", "join", "replace", "strip", "upper", "lower"})


def may_be_fixed(expr: cst.BaseExpression, ctx: Context, depth: int = 0, at: cst.CSTNode | None = None) -> bool:
    """Whether the code's constants can make `expr`, asked before the dataflow (whose analysis of the
    module is not cheap): literals; names the module binds or imports, or local names whose assignments
    that may reach `expr` (see `reaching`; `at` is the statement `expr` is part of when it is not the node
    being checked) are such; class attributes through self/cls; entries, `.get()` and string methods of
    those. A parameter, or the result of any other call, cannot be fixed."""
    if depth > 4:
        return False
    if is_constant(expr):
        return True
    if isinstance(expr, cst.Name):
        function = ctx.function
        if function is None:
            return True
        if expr.value in ("self", "cls") or parameter(function, expr.value) is not None:
            return False
        values: list[tuple[cst.BaseExpression | None, cst.CSTNode | None]]
        values = [(a.value, a.node) for a in reaching(ctx, expr.value, expr if at is None else at)]
        values += [(v, at) for v in _loops_over(function, expr.value)]  # for name in NAMES
        if values:
            return all(v is not None and may_be_fixed(v, ctx, depth + 1, node) for v, node in values)
        module = assignments(ctx, expr.value, ctx.module)
        return bool(module) or expr.value in ctx.module_defined or ctx.qualname(expr) is not None
    if isinstance(expr, cst.Attribute):
        holder = expr.value
        if isinstance(holder, cst.Name) and holder.value in ("self", "cls"):
            return expr.attr.value in _class_attributes(ctx)
        return isinstance(holder, (cst.Name, cst.Attribute)) and may_be_fixed(holder, ctx, depth + 1, at)
    if isinstance(expr, cst.Subscript):
        return may_be_fixed(expr.value, ctx, depth + 1, at)
    if isinstance(expr, cst.Call):
        func = expr.func
        if isinstance(func, cst.Attribute) and func.attr.value == "get" and expr.args:
            parts = [func.value, *(a.value for a in expr.args[1:])]  # the key does not matter: the values do
        elif isinstance(func, cst.Attribute) and func.attr.value in TEXT_METHODS:
            parts = [func.value, *(a.value for a in expr.args)]
        elif isinstance(func, cst.Name) and func.value in ("str", "getattr"):
            parts = [a.value for a in expr.args]
        else:
            return False
        return all(may_be_fixed(p, ctx, depth + 1, at) for p in parts)
    if isinstance(expr, cst.IfExp):  # the branches (the test only chooses between them)
        return may_be_fixed(expr.body, ctx, depth + 1, at) and may_be_fixed(expr.orelse, ctx, depth + 1, at)
    if isinstance(expr, cst.FormattedString):
        parts = [p.expression for p in expr.parts if isinstance(p, cst.FormattedStringExpression)]
        return all(may_be_fixed(p, ctx, depth + 1, at) for p in parts)
    if isinstance(expr, (cst.BinaryOperation, cst.ConcatenatedString)):
        return may_be_fixed(expr.left, ctx, depth + 1, at) and may_be_fixed(expr.right, ctx, depth + 1, at)
    return isinstance(expr, (cst.Tuple, cst.List, cst.Dict))


def _loops_over(function: cst.FunctionDef, name: str) -> list[cst.BaseExpression | None]:
    """What the function's loops (and comprehensions) that bind `name` iterate over."""
    found: list[cst.BaseExpression | None] = []
    for loop in iter_nodes(function, cst.For):
        if isinstance(loop.target, cst.Name) and loop.target.value == name:
            found.append(loop.iter)
        elif not isinstance(loop.target, cst.Name) and name in {n.value for n in iter_nodes(loop.target, cst.Name)}:
            found.append(None)  # unpacked: not followed
    for comp in iter_nodes(function, cst.CompFor):
        if isinstance(comp.target, cst.Name) and comp.target.value == name:
            found.append(comp.iter)
    return found


def _class_attributes(ctx: Context) -> frozenset[str]:
    """The names the module's class bodies assign, and the private ones (`self._op = ...`) its methods
    assign (what self.NAME may read as a constant: the dataflow's facts tell which are)."""
    key = "guidelint.cst.class_attributes"
    found = ctx.memo.get(key)
    if found is None:
        names: set[str] = set()
        for cls in iter_nodes(ctx.module, cst.ClassDef):
            body = cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ()
            for line in body:
                if isinstance(line, cst.SimpleStatementLine):
                    for small in line.body:
                        if isinstance(small, cst.Assign):
                            names.update(t.target.value for t in small.targets if isinstance(t.target, cst.Name))
                        elif isinstance(small, cst.AnnAssign) and isinstance(small.target, cst.Name):
                            names.add(small.target.value)
        for target in iter_nodes(ctx.module, cst.AssignTarget):
            attribute = target.target
            if (
                isinstance(attribute, cst.Attribute)
                and dotted(attribute.value) == "self"
                and private_name(attribute.attr.value)
            ):
                names.add(attribute.attr.value)
        found = ctx.memo[key] = frozenset(names)
    assert isinstance(found, frozenset)
    return found


def folder_name(expr: cst.BaseExpression, ctx: Context, depth: int = 4) -> str | None:
    """The last component of a folder written in the code, lower-cased: a string, `base / "sql"`,
    `os.path.join(base, "sql")`, `str(...)`/`Path(...)` of one, or a module-level name assigned one once
    (not shadowed where it is used); None when it is not written out."""
    if depth == 0:
        return None
    text = string_text(expr)
    if isinstance(text, str):
        return text.rstrip("/").rsplit("/", 1)[-1].lower() or None
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Divide):
        return folder_name(expr.right, ctx, depth - 1)
    if isinstance(expr, cst.Call) and expr.args:
        callee = (dotted(expr.func) or "").rsplit(".", 1)[-1]
        if callee == "join":
            return folder_name(expr.args[-1].value, ctx, depth - 1)
        if callee in ("str", "Path", "PurePath", "fspath", "abspath", "realpath") and len(expr.args) == 1:
            return folder_name(expr.args[0].value, ctx, depth - 1)
    if isinstance(expr, cst.Name) and not any(expr.value in scope.names for scope in ctx.scopes):
        values = [
            a.value
            for a in assignments(ctx, expr.value, ctx.module)
            if a.top_level and isinstance(a.node, cst.Assign) and a.value is not None
        ]
        if len(values) == 1:
            return folder_name(values[0], ctx, depth - 1)
    return None
