"""Command lines the code fixes itself, as the shell rules (INP103, INP104, INP301) judge them."""

from __future__ import annotations

import libcst as cst

from guidelint.cst.api import Context
from guidelint.cst.arguments import arg
from guidelint.cst.strings import sanitized_string, variable_parts
from guidelint.semantic.formatting import string_text
from guidelint.semantic.names import dotted

SHELL_QUOTING = frozenset({"shlex.quote", "shlex.join", "pipes.quote"})


def fixed_command(expr: cst.BaseExpression, ctx: Context) -> bool:
    """A command line no outsider can change: literals and constants; strings whose only variable parts are
    quoted with shlex.quote() or are numbers (`int(pid)`, `{n:d}`); shlex.join() of a word list whose program
    is a literal that is no shell (each word is quoted, and no `sh -c` runs one of them as a script); and
    what the dataflow proves one of a few constants or input a check made harmless to a shell; a command
    the company's deployed configuration holds (`configured`), and a string whose every variable part is one
    of those (f"{settings.EXPORT_TOOL} {flag}", the flag one of a table's constants)."""
    if sanitized_string(ctx, expr, SHELL_QUOTING) or configured(expr, ctx) or ctx.facts(expr).trusted("shell"):
        return True
    parts = variable_parts(expr)
    if parts and any(configured(p, ctx) for p in parts) and all(_fixed_part(p, ctx) for p in parts):
        return True
    if isinstance(expr, cst.Call) and ctx.qualname(expr.func) == "shlex.join":
        words = arg(expr, "split_command", 0)
        items = words.value.elements if words and isinstance(words.value, (cst.List, cst.Tuple)) else ()
        program = string_text(items[0].value) if items and isinstance(items[0], cst.Element) else None
        return program is not None and not ctx.knowledge.shells.is_shell(program)
    return False


def _fixed_part(part: cst.BaseExpression, ctx: Context) -> bool:
    """A variable part of a command string no outsider changes: quoted, configured, or fixed (fixed_command)."""
    quoted = isinstance(part, cst.Call) and (ctx.qualname(part.func) or "") in SHELL_QUOTING
    return quoted or fixed_command(part, ctx)


def configured(expr: cst.BaseExpression, ctx: Context) -> bool:
    """A value of the configuration the company deploys (the knowledge base's `configuration` objects):
    `current_app.config["ARCHIVE_COMMAND"]`, `app.config.get("X")`, `settings.BACKUP_COMMAND`. No outsider
    chooses it; what it may hold is the deployment's decision."""
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "get":
        holder: cst.BaseExpression = expr.func.value
    elif isinstance(expr, (cst.Subscript, cst.Attribute)):
        holder = expr.value
    else:
        return False
    objects = ctx.knowledge.configuration
    return bool(objects) and (ctx.qualname(holder) in objects or dotted(holder) in objects)
