"""What a project function that checks its argument makes safe (`is_safe_path(p)`, `is_fund_code(code)`): the
checks it calls and the comparisons it makes, followed into the check functions it hands its parameters to."""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.cst.children import children
from guidelint.engines.taint.guardshapes import parsed_host
from guidelint.engines.taint.syntax import _call_name, _check_kinds, _compares_with_fixed
from guidelint.engines.taint.tables import ALL_KINDS, DESTINATION_KINDS

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

# definitions and raise statements, whose insides are no check a function makes (compared by their type:
# none has subclasses)
_NOT_CHECKED = frozenset({cst.FunctionDef, cst.ClassDef, cst.Lambda, cst.Raise})


def checks_in(a: Analysis, fn: cst.FunctionDef) -> frozenset[str] | None:
    """Sink kinds the checks inside a module function make safe: containment and format checks it
    calls, membership and comparison with constants. None when it neither calls nor compares (a stub):
    then its name is all there is to go by. An is_safe_path() that only tests endswith(".log") is no
    containment check, whatever its name says."""
    key = ("checks", id(fn))
    if key not in a.memo:
        a.memo[key] = None  # a check calling itself, directly or through another: nothing more known
        kinds: frozenset[str] = frozenset()
        informative = False
        stack: list[cst.CSTNode] = [fn.body]
        while stack:
            node = stack.pop()
            if type(node) is cst.Call:
                informative = True
                regex = a.guards.regex_kinds(node, a.module_env)
                kinds |= _check_kinds(_call_name(node), a.known) if regex is None else regex
                kinds |= _delegated(a, node, fn) or frozenset()
            elif type(node) is cst.Comparison:
                informative = True
                if any(_compares_with_fixed(node.left, c) for c in node.comparisons):
                    kinds = ALL_KINDS
                elif parsed_host(node):
                    kinds |= DESTINATION_KINDS
            if type(node) not in _NOT_CHECKED or node is fn:
                # raise ValidationError(...): the exception it raises is no check it makes
                stack.extend(children(node))
        a.memo[key] = kinds if informative else None
    found: frozenset[str] | None = a.memo[key]
    return found


def _delegated(a: Analysis, call: cst.Call, fn: cst.FunctionDef) -> frozenset[str] | None:
    """What a function of this module or another of the project checks, called by the check function `fn`
    on one of its parameters (`if not is_fund_code(code): abort(404)`); None for any other call."""
    params = {p.name.value for p in (*fn.params.posonly_params, *fn.params.params, *fn.params.kwonly_params)}
    if type(call.func) is not cst.Name or not any(
        type(arg.value) is cst.Name and arg.value.value in params for arg in call.args
    ):
        return None
    local = a.calls.local_function(call.func)
    if local is not None:
        return checks_in(a, local[0]) if local[1] is None else None
    remote = a.calls.remote(call.func, True)
    return remote.summary.checks if remote is not None and not remote.method else None
