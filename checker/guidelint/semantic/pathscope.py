"""Code a request reaches only for some addresses: the branch of an `if` that tests that the request's path
(or endpoint, URL, route name) is a given one (`request.path.startswith("/private")`, `request.endpoint ==
"admin"`, `view_name in ("ledger", "trades")`), written in the code, and what follows an `if` that returns
for every other address (`if not request.path.startswith("/private"): return`). A decision there, in a
hook, a middleware or a base view, guards those addresses only, not every handler the hook runs for (which
routes it guards: guidelint.semantic.scoped). A test that the path is *not* one of some (`request.endpoint not
in PUBLIC`) that does not return exempts those and guards the rest, so it scopes nothing. Addresses read from
the settings (`LOGIN_REQUIRED_URLS`) are the deployment's choice and scope nothing either."""

from __future__ import annotations

import ast
import copy
from collections.abc import Iterator

from guidelint.semantic.summary import own_nodes

# attributes and calls that read where a request is going
PATHS = frozenset({"path", "path_info", "full_path", "raw_path", "rel_url", "url", "uri"})  # the path asked for
ENDPOINTS = frozenset({"endpoint", "url_name", "view_name"})  # the name of the view it resolves to
_ADDRESS_ATTRIBUTES = PATHS | ENDPOINTS | {"url_rule", "blueprint", "resolver_match", "route"}
_ADDRESS_CALLS = frozenset({"get_full_path", "build_absolute_uri"})
_MATCHES = frozenset({"startswith", "endswith", "match", "fullmatch", "search"})


def reads_address(expr: ast.AST) -> bool:
    """Some part of the expression reads where the request is going (its path, endpoint, route...)."""
    return any(
        (isinstance(n, ast.Attribute) and n.attr in _ADDRESS_ATTRIBUTES)
        or (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in _ADDRESS_CALLS)
        for n in ast.walk(expr)
    )


def addressed(test: ast.expr) -> bool:
    """The test is true only when the request goes to some addresses written in the code: a comparison that
    the address is (`==`, `in`) or matches (`.startswith("/private")`, `re.match(r"^/desk/", path)`) some,
    alone, in an `and`, or in an `or` of such tests."""
    if isinstance(test, ast.BoolOp):
        tests = [addressed(v) for v in test.values]
        return any(tests) if isinstance(test.op, ast.And) else all(tests)
    if isinstance(test, ast.Compare):
        positive = all(isinstance(op, (ast.Eq, ast.In)) for op in test.ops)
        operands = (test.left, *test.comparators)
        return positive and _address_and_words(operands)
    if isinstance(test, ast.Call) and isinstance(test.func, ast.Attribute) and test.func.attr in _MATCHES:
        operands = (test.func.value, *test.args)
        return _address_and_words(operands)
    return False


def _address_and_words(operands: tuple[ast.expr, ...]) -> bool:
    """One operand reads where the request goes, one is words of the code."""
    return any(reads_address(o) for o in operands) and any(code_words(o) is not None for o in operands)


def code_words(expr: ast.expr) -> list[str] | None:
    """The strings of a string written in the code, or of a tuple, list or set of them; None for anything else."""
    items = expr.elts if isinstance(expr, (ast.Tuple, ast.List, ast.Set)) else [expr]
    words = [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]
    return words if items and len(words) == len(items) else None


def leaves_for_others(statement: ast.stmt) -> bool:
    """`if not request.path.startswith("/private"): return ...` (also `!=`, `not in`): every address but
    those returns here, so what follows runs only for them."""
    if not isinstance(statement, ast.If) or not any(isinstance(s, ast.Return) for s in statement.body):
        return False
    test = statement.test
    if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        return addressed(test.operand)
    if isinstance(test, ast.Compare) and test.ops and all(isinstance(op, (ast.NotEq, ast.NotIn)) for op in test.ops):
        operands = (test.left, *test.comparators)
        return _address_and_words(operands)
    return False


def unscoped_nodes(func: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.AST]:
    """The nodes of a function's body that run whatever address the request goes to: not those of
    functions or classes nested in it, nor the branch of an `if` taken only for some addresses, nor the
    statements after an `if` that returns for every address but some."""
    body = func.body
    cut = next((i for i, statement in enumerate(body) if leaves_for_others(statement)), None)
    if cut is not None:
        func = copy.copy(func)
        func.body = body[: cut + 1]
    return own_nodes(func, lambda node, child: isinstance(node, ast.If) and addressed(node.test) and child in node.body)
