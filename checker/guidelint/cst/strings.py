"""Strings built from parts: concatenations, the variable parts of a template, and project quoting helpers."""

from __future__ import annotations

import ast
from collections.abc import Collection

import libcst as cst

from guidelint.cst.api import Context
from guidelint.cst.bindings import assignments, bound_otherwise, bound_value, module_constant, parameter
from guidelint.cst.children import children
from guidelint.semantic.constants import NOT_CONSTANT, is_constant
from guidelint.semantic.formatting import numeric_field, numeric_template, string_text
from guidelint.semantic.project import Project
from guidelint.semantic.pytree import parse as parse_ast
from guidelint.sourcelines import python_lines

_NOT_CONSTANT = NOT_CONSTANT

NUMBERS = frozenset({"int", "float", "len", "abs", "round"})  # builtins whose result is a number
_ARITHMETIC = (cst.Subtract, cst.Divide, cst.FloorDivide, cst.Power, cst.LeftShift, cst.RightShift)


def arithmetic(expr: cst.BaseExpression) -> bool:
    """`a - b`, `a / b`, `a // b`, `a ** b`, `a << n`, `-a`, `not a`: a number (or a truth value) whatever the
    operands, since text has none of these operators (`+`, `*` and `%` do build text)."""
    if isinstance(expr, cst.UnaryOperation):
        return True
    return isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, _ARITHMETIC)


# builtins and classes whose result is a number, and methods that count (str.count, list.count, QuerySet.count)
_NUMBER_BUILTINS = NUMBERS | {"sum", "bool"}
_NUMBER_CLASSES = frozenset({"decimal.Decimal", "fractions.Fraction"})
_NUMBER_LITERALS = (cst.Integer, cst.Float)
# operators that give a number when one operand is a number (text, a set, a date or a path with a number
# raises); `*` repeats text and `&`, `|`, `^` combine sets, so those need two numbers
_WITH_A_NUMBER = (cst.Add, cst.Subtract, cst.Divide, cst.FloorDivide, cst.Power)


def numeric(expr: cst.BaseExpression, ctx: Context, depth: int = 0) -> bool:
    """A number (or its digits, as text), whatever the values it is made of: a number literal, `int(x)`,
    `len(x)`, `sum(x)` (no start value), `Decimal(x)`, `x.count(y)`, `not x`, arithmetic with a number
    (`n + 1`, `total - len(x)`, `-n`, `n % 10`), `"%d" % x`, and a local name every assignment of which
    in the function is one of those (not a parameter, not bound otherwise). A number's text is digits, a
    sign and a point: no markup, no quote. `a - b` alone is not one (a set of a's items)."""
    if depth > 4:
        return False
    if isinstance(expr, _NUMBER_LITERALS):
        return True
    if isinstance(expr, cst.UnaryOperation):
        return isinstance(expr.operator, cst.Not) or numeric(expr.expression, ctx, depth + 1)
    if isinstance(expr, cst.BinaryOperation):
        operator, left, right = expr.operator, expr.left, expr.right
        if isinstance(operator, cst.Modulo):  # "%d" % x: digits; n % 10: a number; text % n: text
            template = string_text(left)
            return numeric_template(template) if template is not None else numeric(left, ctx, depth + 1)
        if isinstance(operator, _WITH_A_NUMBER):
            return numeric(left, ctx, depth + 1) or numeric(right, ctx, depth + 1)
        return numeric(left, ctx, depth + 1) and numeric(right, ctx, depth + 1)
    if isinstance(expr, cst.Call):
        func = expr.func
        if isinstance(func, cst.Attribute):
            return func.attr.value == "count"
        if isinstance(func, cst.Name) and func.value in _NUMBER_BUILTINS and not ctx.is_bound(func.value):
            return func.value != "sum" or len(expr.args) == 1  # sum(lists, []): a list
        return ctx.qualname(func) in _NUMBER_CLASSES
    if isinstance(expr, cst.Name):
        function = ctx.function
        if function is None or parameter(function, expr.value) is not None:
            return False
        if expr.value in bound_otherwise(ctx, function):
            return False
        bound = assignments(ctx, expr.value, function)
        return bool(bound) and all(
            a.value is not None and not isinstance(a.node, cst.AnnAssign) and numeric(a.value, ctx, depth + 1)
            for a in bound
        )
    return False


def concatenated(expr: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The operands of a chain of `+`, left to right, through parentheses: `a + (b + c) + d` -> [a, b, c, d];
    [expr] for anything else. Iterative, so a chain of any length (generated code joins thousands of
    literals) costs time in proportion to it and no recursion."""
    out: list[cst.BaseExpression] = []
    pending: list[cst.BaseExpression] = [expr]
    while pending:
        current = pending.pop()
        if isinstance(current, cst.BinaryOperation) and isinstance(current.operator, cst.Add):
            pending.extend((current.right, current.left))  # the left operand is taken next
        else:
            out.append(current)
    return out


def string_parts(expr: cst.BaseExpression) -> list[cst.BaseExpression] | None:
    """The expressions a string built by formatting is made of, one level deep; None for anything else.

    * f"Dear {name}, {n:>{width}}" -> [name, n] (the interpolated expressions; format specs are not parts)
    * "<b>" f"{x}" -> ["<b>", f"{x}"] (the two sides of an implicit concatenation)
    * template % (a, b) or template % {"k": a} -> [template, a, b] (the tuple's or dict's written items)
    * template % value, left + right -> [template, value], [left, right] (whatever the operands' types)
    * template.format(a, k=b) -> [template, a, b]

    Literal parts are included; see `variable_parts` for the parts that are not fixed.
    """
    if isinstance(expr, cst.FormattedString):
        return [p.expression for p in expr.parts if isinstance(p, cst.FormattedStringExpression)]
    if isinstance(expr, cst.ConcatenatedString):
        return [expr.left, expr.right]
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, (cst.Modulo, cst.Add)):
        right = expr.right
        if isinstance(expr.operator, cst.Modulo) and isinstance(right, (cst.Tuple, cst.Dict)):
            return [expr.left, *(e.value for e in right.elements if isinstance(e, (cst.Element, cst.DictElement)))]
        return [expr.left, right]
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "format":
        return [expr.func.value, *(a.value for a in expr.args)]
    return None


def variable_parts(expr: cst.BaseExpression) -> list[cst.BaseExpression] | None:
    """The parts of a string that are not constants, when all of its text is written in the code.

    * "ls -l" -> []; f"rm {path} {'-f'}" -> [path]
    * "du %s %s" % (path, "-h") -> [path]; "du %s" % path -> [path] (a non-tuple right operand, a dict
      included, is one value)
    * "cp {} {}".format(src, dst) -> [src, dst] (also values passed as *args/**kwargs)
    * "gzip " + name + f".{ext}" -> [name, ext]: each operand of `+` contributes its own variable parts,
      or is one itself when it is not a string built like this
    * "a" f"{b}" -> [b] (implicit concatenation); f"LIMIT {n:d}" -> [] (a number's digits are no text)

    None when `expr` is not such a string, or the template of `%`/`.format()` is not a literal.
    """
    if isinstance(expr, cst.SimpleString):
        return []
    if isinstance(expr, cst.FormattedString):  # a field formatted as a number ({n:d}) is no text
        return [
            p.expression
            for p in expr.parts
            if isinstance(p, cst.FormattedStringExpression) and not is_constant(p.expression) and not numeric_field(p)
        ]
    if isinstance(expr, cst.ConcatenatedString):
        left, right = variable_parts(expr.left), variable_parts(expr.right)
        return None if left is None or right is None else left + right
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Modulo):
        if not is_constant(expr.left):
            return None
        values = expr.right
        if isinstance(values, cst.Tuple):
            return [e.value for e in values.elements if not is_constant(e.value)]
        return [] if is_constant(values) else [values]
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        left, right = variable_parts(expr.left), variable_parts(expr.right)
        return (left if left is not None else [expr.left]) + (right if right is not None else [expr.right])
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "format":
        if not is_constant(expr.func.value):
            return None
        return [a.value for a in expr.args if not is_constant(a.value)]
    return None


def sanitized_string(ctx: Context, expr: cst.BaseExpression, sanitizers: Collection[str]) -> bool:
    """True for a string the code fixes except for values passed through a sanitizer: a literal, a module
    constant (`module_constant`), or a string built with a literal template whose `variable_parts` are all
    literals, module constants or calls of one of `sanitizers` (qualified names such as "shlex.quote").

    f"du -sh {shlex.quote(path)}" is one for ("shlex.quote",), and so is f"du -sh {quoted}" after the one
    binding `quoted = shlex.quote(path)`; f"du -sh {path}" and shlex.quote(path) alone (not a string built
    from a template) are not.
    """
    if module_constant(ctx, expr) is not _NOT_CONSTANT:
        return True
    parts = variable_parts(expr)
    return parts is not None and all(_sanitized_part(ctx, p, sanitizers) for p in parts)


def _sanitized_part(ctx: Context, part: cst.BaseExpression, sanitizers: Collection[str]) -> bool:
    if isinstance(part, cst.Name):
        bound = bound_value(ctx, part.value)
        if isinstance(bound, cst.Call):
            part = bound
    if isinstance(part, cst.Call):
        func = part.func
        if isinstance(func, cst.Name) and func.value in NUMBERS and not ctx.is_bound(func.value):
            return True  # int(pid): a number's digits are no text
        if isinstance(func, cst.Name) and func.value == "str" and len(part.args) == 1 and not part.args[0].star:
            return _sanitized_part(ctx, part.args[0].value, sanitizers)  # str(int(pid))
        return (ctx.qualname(func) or "") in sanitizers
    return module_constant(ctx, part) is not _NOT_CONSTANT


def quoting_functions(ctx: Context) -> frozenset[str]:
    """The functions of the module that return their argument quoted the way SQL (and shells' single
    quotes) quote: between two equal quote characters, with that quote doubled inside
    (`"'" + s.replace("'", "''") + "'"`, the same with `"` for identifiers), or a constant. What one
    returns is one literal or one quoted name, whatever its argument holds. Worked out once per file."""
    found: frozenset[str] | None = ctx.memo.get("quoting functions")
    if found is None:
        found = ctx.memo["quoting functions"] = _quoting_in(ctx.module)
    return found


def quoting_call(ctx: Context, func: cst.BaseExpression) -> bool:
    """`identifier(name)` calls a quoting function (see `quoting_functions`) of this module, or one imported
    from another module of the project that defines it (the same quoting, written once for the project), or
    a quoting method of the module's classes (`quoting_method`)."""
    if isinstance(func, cst.Name) and func.value in quoting_functions(ctx):
        return True
    if quoting_method(ctx, func):
        return True
    qualified = ctx.qualname(func) if isinstance(func, (cst.Name, cst.Attribute)) else None
    project = ctx.project
    module, _, name = project.absolute(qualified or "").rpartition(".")  # from .sql import quoted: absolute
    if not all(part.isidentifier() for part in module.split(".")) or module == project.current_name():
        return False  # none, a relative import above the top package, or this module
    if not project.defines(module):
        return False
    return name in project.fact(("guidelint.cst.strings quoting", module), lambda: _module_quoting(project, module))


def quoting_method(ctx: Context, func: cst.BaseExpression) -> bool:
    """`receiver.quote(name)` where the code declares the receiver one of the module's top-level classes
    (`self` in its methods, or a parameter annotated with it that the function never rebinds: `dialect:
    Dialect`), that class defines the method, and every method of that name the module's classes define is a
    quoting function (see `quoting_functions`) or a stub (a Protocol's or an abstract class's `...`): what it
    returns is one quoted name whichever of the module's implementations runs."""
    if not (isinstance(func, cst.Attribute) and isinstance(func.value, cst.Name)):
        return False
    receiver, method = func.value.value, func.attr.value
    classes: dict[str, cst.ClassDef] | None = ctx.memo.get("module classes")
    if classes is None:
        classes = ctx.memo["module classes"] = {n.name.value: n for n in ctx.module.body if type(n) is cst.ClassDef}
    if receiver == "self":
        declared = ctx.classes[-1].name.value if ctx.classes and len(ctx.functions) == 1 else None
    elif (function := ctx.function) is not None:
        param = parameter(function, receiver)
        annotation = param.annotation.annotation if param is not None and param.annotation is not None else None
        declared = annotation.value if isinstance(annotation, cst.Name) else None
        if declared is None or assignments(ctx, receiver) or receiver in bound_otherwise(ctx, function):
            return False
    else:
        return False
    if declared not in classes or _method(classes[declared], method) is None:
        return False
    defined = [m for c in classes.values() if (m := _method(c, method)) is not None]
    quoting = [m for m in defined if len(m.params.params) > 1 and _returns_quoted(m)]
    return bool(quoting) and all(m in quoting or _stub(m) for m in defined)


def _method(cls: cst.ClassDef, name: str) -> cst.FunctionDef | None:
    body = cls.body.body if isinstance(cls.body, cst.IndentedBlock) else ()
    return next((n for n in body if type(n) is cst.FunctionDef and n.name.value == name), None)


def _stub(function: cst.FunctionDef) -> bool:
    """A body of `...`, `pass`, a docstring or a `raise` only: a declaration that some other class implements."""
    body = function.body
    statements = body.body if isinstance(body, cst.IndentedBlock) else (body,)
    for statement in statements:
        smalls = statement.body if isinstance(statement, (cst.SimpleStatementLine, cst.SimpleStatementSuite)) else None
        if smalls is None:
            return False
        for small in smalls:
            if isinstance(small, cst.Expr) and isinstance(small.value, (cst.Ellipsis, cst.SimpleString)):
                continue
            if not isinstance(small, (cst.Pass, cst.Raise)):
                return False
    return True


def _module_quoting(project: Project, module: str) -> frozenset[str]:
    """The quoting functions a module of the project defines at its top (none when it cannot be read). A
    quoting function doubles its quote with `replace`: only the top-level functions whose text holds that
    word are parsed with libcst (Python's parser finds them), not the whole module (salt's 500 KB
    win_lgpo.py took 0.9 s and 130 MB at its peak for this one question)."""
    found = project.module_text(module)
    if found is None or "replace" not in found[1]:
        return frozenset()
    text = found[1]
    outline = parse_ast(text)
    if outline is not None:  # else newer syntax than this Python's parser reads: libcst reads it whole
        lines = python_lines(text, keepends=True)
        functions = (n for n in outline.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)))
        spans = ("".join(lines[n.lineno - 1 : n.end_lineno]) for n in functions)
        text = "".join(span if span.endswith(("\n", "\r")) else span + "\n" for span in spans if "replace" in span)
    try:
        tree = cst.parse_module(text)
    except (cst.ParserSyntaxError, RecursionError, ValueError):
        return frozenset()  # not Python we can read: no function of it is taken as quoting
    return _quoting_in(tree)


def _quoting_in(module: cst.Module) -> frozenset[str]:
    """The names of the quoting functions defined at the top of `module`."""
    return frozenset(
        node.name.value
        for node in module.body
        if isinstance(node, cst.FunctionDef) and node.params.params and _returns_quoted(node)
    )


def quote_doubled(expr: cst.BaseExpression, quote: str) -> bool:
    """`s.replace("'", "''")`, maybe among other replaces: every `quote` in the value doubled."""
    while isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "replace":
        if [string_text(a.value) for a in expr.args[:2]] == [quote, quote * 2]:
            return True
        expr = expr.func.value
    return False


def returned(function: cst.FunctionDef) -> list[cst.BaseExpression | None]:
    """What each `return` of the function (not of functions nested in it) gives; None for a bare return."""
    values: list[cst.BaseExpression | None] = []
    stack: list[cst.CSTNode] = [function.body]
    while stack:
        node = stack.pop()
        if type(node) is cst.Return:
            values.append(node.value)
        elif not isinstance(node, (cst.FunctionDef, cst.ClassDef, cst.Lambda, cst.BaseExpression)):
            stack.extend(children(node))  # statements only: a `return` is never inside an expression
    return values


def _returns_quoted(function: cst.FunctionDef) -> bool:
    values = returned(function)
    quoted = [v for v in values if v is not None and _quoted(v)]
    return bool(quoted) and all(v is not None and (v in quoted or is_constant(v)) for v in values)


def _quoted(expr: cst.BaseExpression) -> bool:
    """`"'" + s.replace("'", "''") + "'"`, `'"{}"'.format(s.replace('"', '""'))` or the same f-string."""
    quoted = _between_quotes(expr)
    return quoted is not None and quoted[0] in ("'", '"') and quote_doubled(quoted[1], quoted[0])


def _between_quotes(expr: cst.BaseExpression) -> tuple[str, cst.BaseExpression] | None:
    """The quote character and the one expression a string puts between two of them, if that is all it is."""
    parts = concatenated(expr)
    if len(parts) == 3 and string_text(parts[0]) is not None and string_text(parts[0]) == string_text(parts[2]):
        return str(string_text(parts[0])), parts[1]
    if (
        isinstance(expr, cst.Call)
        and isinstance(expr.func, cst.Attribute)
        and expr.func.attr.value == "format"
        and len(expr.args) == 1
        and expr.args[0].keyword is None
        and not expr.args[0].star
    ):
        template = string_text(expr.func.value) or ""
        if len(template) in (4, 5) and template[0] == template[-1] and template[1:-1] in ("{}", "{0}"):
            return template[0], expr.args[0].value
    if isinstance(expr, cst.FormattedString) and len(expr.parts) == 3:
        left, middle, right = expr.parts
        if (
            isinstance(left, cst.FormattedStringText)
            and isinstance(right, cst.FormattedStringText)
            and left.value == right.value
            and len(left.value) == 1
            and isinstance(middle, cst.FormattedStringExpression)
            and middle.conversion is None
            and middle.format_spec is None
        ):
            return left.value, middle.expression
    return None


def constant_tail(expr: cst.BaseExpression) -> str | None:
    """The constant text a name ends with after a variable stem, when it has a suffix: `f"{model}.sql"`,
    `name + ".sql"` give ".sql" (None when the end is not written out or names no suffix)."""
    if isinstance(expr, cst.FormattedString) and expr.parts:
        last = expr.parts[-1]
        return last.value if isinstance(last, cst.FormattedStringText) and "." in last.value else None
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        tail = string_text(expr.right)
        return tail if isinstance(tail, str) and "." in tail else None
    return None
