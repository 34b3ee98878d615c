"""A branch the code takes only when its caller switched a security check off.

`if not verify_ssl:` on a parameter that defaults to True, `if not self.request.validate_cert:`,
`if options.get("insecure", False):`: the code offers a switch whose default is the secure setting, and
what runs in the branch is the insecure mode the caller asked for. The weakness is then in whoever turns
the switch off; a rule that finds an insecure setting there can say so under a lower-severity rule
(NET102 and NET108) instead of blocking the code that offers the option.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.cst.bindings import bound_value, parameter
from guidelint.cst.helpers import name_words
from guidelint.semantic.constants import NOT_CONSTANT, constant_value, is_constant

if TYPE_CHECKING:
    from guidelint.cst.api import Context

# words that say the switch is on when the check runs (`verify_ssl`, `validate_certs`, `check_cert`) ...
CHECK_WORDS = frozenset({"verify", "validate", "check", "verification", "validation"})
# ... and those that say it is on when the check does not (`insecure`, `no_verify`, `skip_tls_verify`)
OFF_WORDS = frozenset({"insecure", "no", "skip", "disable", "disabled", "unverified", "noverify"})


def opted_out(ctx: Context) -> str | None:
    """The switch (as written) whose off position is the only way into the code being checked, or None.

    The node is in the body of an `if` whose test (or one operand of an `and` test) is a switch read in
    its off position (`not verify`, `insecure`, `verify is False`), or in the `else` of a test of the switch
    in its on position. A switch is a parameter, attribute, subscript or `.get()` of an option whose last
    name's words say verify/validate/check (off when false) or insecure/no/skip (off when true); where the
    code shows its default (a parameter's default, `.get()`'s fallback, the one value a local name is
    given), that default must be the secure position: `verify=False` as a default, `opts.get("verify")`
    (None when missing) or a switch fixed in the code make the insecure mode the code's own choice."""
    inner: cst.CSTNode | None = None
    for node in reversed(ctx.ancestors):
        if isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda)):
            return None  # a branch outside the function decides nothing about when it runs
        if isinstance(node, cst.If) and inner is not None and inner is not node.test:
            in_body = inner is node.body
            for operand in _operands(node.test, in_body):
                switch = _switch(operand, off=in_body, ctx=ctx)
                if switch is not None:
                    return switch
        inner = node
    return None


def _operands(test: cst.BaseExpression, in_body: bool) -> list[cst.BaseExpression]:
    """Tests that each hold wherever the branch runs: the test itself, and the operands of `a and b` in the
    body (of `a or b` in the else, where each failed)."""
    joiner = cst.And if in_body else cst.Or
    if isinstance(test, cst.BooleanOperation) and isinstance(test.operator, joiner):
        return [*_operands(test.left, in_body), *_operands(test.right, in_body)]
    return [test]


def _switch(test: cst.BaseExpression, off: bool, ctx: Context) -> str | None:
    """The switch `test` reads when it holds (`off`: the branch runs where the test holds) in the position
    that turns the check off."""
    holds = off
    while isinstance(test, cst.UnaryOperation) and isinstance(test.operator, cst.Not):
        test, holds = test.expression, not holds
    if isinstance(test, cst.Comparison) and len(test.comparisons) == 1:
        target = test.comparisons[0]
        value = constant_value(target.comparator) if is_constant(target.comparator) else NOT_CONSTANT
        if not isinstance(value, bool) or not isinstance(target.operator, (cst.Is, cst.Equal, cst.IsNot, cst.NotEqual)):
            return None
        negated = isinstance(target.operator, (cst.IsNot, cst.NotEqual))
        test, holds = test.left, holds == (value != negated)
    words = _words(test)
    if words & CHECK_WORDS and not words & OFF_WORDS:
        secure = True  # verify: the check runs when the switch is true
    elif words & OFF_WORDS and (words & CHECK_WORDS or "insecure" in words or "unverified" in words):
        secure = False  # insecure, no_verify: the check runs when the switch is false
    else:
        return None
    if holds == secure:
        return None  # the branch runs with the switch in its secure position
    if not _secure_default(test, secure, ctx):
        return None
    return ctx.code(test)


def _words(expr: cst.BaseExpression) -> frozenset[str]:
    """The words of the switch's last name: `verify_ssl`, `self.request.validate_cert`,
    `options["insecure"]`, `opts.get("validate_certs", True)`."""
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "get":
        key = expr.args[0].value if expr.args else None
        name = constant_value(key) if key is not None and is_constant(key) else None
    elif isinstance(expr, cst.Subscript) and len(expr.slice) == 1 and isinstance(expr.slice[0].slice, cst.Index):
        key = expr.slice[0].slice.value
        name = constant_value(key) if is_constant(key) else None
    elif isinstance(expr, cst.Attribute):
        name = expr.attr.value
    elif isinstance(expr, cst.Name):
        name = expr.value
    else:
        name = None
    return frozenset(name_words(name)) if isinstance(name, str) else frozenset()


def _secure_default(expr: cst.BaseExpression, secure: bool, ctx: Context) -> bool:
    """The switch's default, where the code shows one, is its secure position (true for a verify switch,
    false or None for an insecure one); a switch without a visible default is the caller's to set."""
    default: cst.BaseExpression | None = None
    if isinstance(expr, cst.Call):  # opts.get("verify", True): no fallback is None
        default = expr.args[1].value if len(expr.args) > 1 else cst.Name("None")
    elif isinstance(expr, cst.Name):
        param = parameter(ctx.function, expr.value)
        if param is not None:
            default = param.default
        else:  # a local name: the one value it is given (a constant there is the code's choice, not a switch)
            value = bound_value(ctx, expr.value)
            if value is not None and is_constant(value):
                return False
            return value is None or not _is_get(value) or _secure_default(value, secure, ctx)
    if default is None:
        return True
    if not is_constant(default):
        return True  # a default computed elsewhere (a setting): the caller's configuration decides
    value = constant_value(default)
    return bool(value) if secure else not value


def _is_get(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "get"


def naming_switch(message: str, ctx: Context) -> str:
    """A message saying "the caller's switch opts into", with the switch named as written (`verify_ssl`)."""
    switch = opted_out(ctx)
    if switch is None:
        return message
    return message.replace("the caller's switch opts into", f"the caller's switch {switch} opts into")


class UnlessOptedOut:
    """Mixin of a rule that leaves to its companion (`WhereOptedOut`) what runs only when the caller
    switched verification off."""

    def keeps(self, ctx: Context) -> bool:
        return opted_out(ctx) is None


class WhereOptedOut:
    """Mixin of the companion rule: it keeps only what runs where the caller switched verification off,
    and its message names the switch. Put it before the rule it derives from: `class X(WhereOptedOut, Y)`."""

    def keeps(self, ctx: Context) -> bool:
        return opted_out(ctx) is not None

    def phrase(self, message: str, ctx: Context) -> str:
        return naming_switch(message, ctx)
