"""A list or tuple display read as a program's argument vector: which element can choose the program or
the code it runs (a `process` sink: command injection), which can only become an option (`process-option`:
option injection), and which is one plain argument whatever it holds."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.classconsts import imported_values
from guidelint.engines.taint.labels import CLEAN, UNKNOWN, Env, Taint, cleared, union
from guidelint.engines.taint.syntax import _leading_text
from guidelint.engines.taint.tables import _ARGUMENT, _PROGRAM, SCRIPT_FLAGS
from guidelint.knowledge import active as active_knowledge
from guidelint.semantic.constants import constant_value

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

# the words after which a program reads no option: "--", and git's "--end-of-options" (also before revisions,
# where "--" would start the paths: ["git", "checkout", "--end-of-options", ref])
END_OF_OPTIONS = frozenset({"--", "--end-of-options"})


def elements(a: Analysis, expr: cst.List | cst.Tuple, env: Env) -> list[Taint]:
    """The taint of each element of a display (`vector`)."""
    return vector(a, [e.value for e in expr.elements], env)


def vector(a: Analysis, items: list[cst.BaseExpression], env: Env) -> list[Taint]:
    """The taint of each of a program's arguments, the program first. After it, nothing after
    "--" is an option, and an argument that constant text starts (not "-") stays one argument that is no
    option, whatever it holds (["git", "commit", "-m", f"Export by {user}"]). A shell or an interpreter runs
    code its arguments give: the argument after a code flag (["perl", "-e", f"print {x}"], python -m) and
    its first argument that is no option (["python3", script]) choose what runs. Any other argument can
    become an option, but chooses neither the program nor its code. A program the code does not fix is
    judged as one that may run code."""
    evaluated = [a.eval(item, env) for item in items]
    if not any(evaluated):  # nothing tainted: no element to tell apart
        return evaluated
    program = a.fold(items[0], env) if items else UNKNOWN
    if program is UNKNOWN and items:  # [settings.REPORT_TOOL, ...]: a program the project's settings name
        found = imported_values(a, a._key(items[0]), env)
        program = next(iter(found)) if found is not None and len(found) == 1 else UNKNOWN
    # a first element that is an option is no program's name: the program is given apart (os.spawnv(mode,
    # "/bin/bash", ["-c", command])), any program
    runs_code = not isinstance(program, str) or program.startswith("-") or active_knowledge().shells.runs_code(program)
    taints: list[Taint] = []
    options_end, script_seen, previous = False, False, None
    for i, (item, taint) in enumerate(zip(items, evaluated, strict=True)):
        value = constant_value(item)
        option = isinstance(value, str) and value.startswith("-") and not options_end
        code = i == 0 or (runs_code and (previous in SCRIPT_FLAGS or (not script_seen and not option)))
        script_seen = script_seen or (i > 0 and not option)
        head = "" if code else _head(a, item, env)
        plain = i > 0 and not code and (options_end or (head != "" and not head.startswith(("-", "\0"))))
        taints.append(cleared(taint, _ARGUMENT) if plain else taint if code else cleared(taint, _PROGRAM))
        previous = value
        options_end = options_end or value in END_OF_OPTIONS
    return taints


_JOINS = frozenset({"os.path.join", "posixpath.join"})


def _head(a: Analysis, item: cst.BaseExpression, env: Env) -> str:
    """The constant text an argument starts with: written there (`f"/exports/{name}"`), or the value of a
    constant the code names first (`f"{INBOX}/{name}"`, `INBOX + "/" + name`, `os.path.join(INBOX, name)`,
    INBOX a constant of the module); "" when a value may start it."""
    text = _leading_text(item)
    if text:
        return text
    first: cst.BaseExpression | None = None
    if isinstance(item, cst.FormattedString) and item.parts:
        part = item.parts[0]
        if isinstance(part, cst.FormattedStringExpression) and part.conversion is None and part.format_spec is None:
            first = part.expression
    elif isinstance(item, cst.BinaryOperation) and isinstance(item.operator, cst.Add):
        return _head(a, item.left, env)
    elif isinstance(item, cst.Call) and item.args and not item.args[0].star and a.names.qualname(item.func) in _JOINS:
        # a later part that is absolute replaces it, but starts with "/", no option
        first = item.args[0].value
    elif isinstance(item, (cst.Name, cst.Attribute)):
        first = item
    return _folded(a, first, env) if first is not None else ""


def _folded(a: Analysis, expr: cst.BaseExpression, env: Env) -> str:
    value = a.fold(expr, env)
    return value if isinstance(value, str) else ""


def spliced(items: list[cst.BaseExpression]) -> tuple[list[cst.BaseExpression], list[int]]:
    """A program and its arguments given as the program, then an argument list (pexpect.spawn("/bin/sh",
    ["-c", command])): the list's elements in its place, each with the position of the item it came from."""
    out: list[cst.BaseExpression] = []
    owners: list[int] = []
    for i, item in enumerate(items):
        if i > 0 and isinstance(item, (cst.List, cst.Tuple)) and all(type(e) is cst.Element for e in item.elements):
            out.extend(e.value for e in item.elements)
            owners.extend([i] * len(item.elements))
        else:
            out.append(item)
            owners.append(i)
    return out, owners


def split_line(item: cst.BaseExpression, taint: Taint) -> Taint | None:
    """A command line a library splits into words itself, with no shell (pexpect.run("ping -c 1 " + host)):
    after a constant program's name, a value is an argument, and one after a whole "--" word no option. None
    where the value may be part of the program's name (no constant word and space start the line)."""
    head = _leading_text(item)
    words = head.split()
    if not words or head.lstrip() == words[0]:
        return None
    after_options = any(w in END_OF_OPTIONS for w in words[1:-1]) or (
        words[-1] in END_OF_OPTIONS and len(words) > 1 and head[-1].isspace()
    )
    return cleared(taint, _ARGUMENT) if after_options else cleared(taint, _PROGRAM)


def shell_command(
    a: Analysis, args: list[tuple[cst.Arg, Taint]], env: Env, keywords: Collection[str]
) -> cst.BaseExpression | None:
    """The command a shell started as a program runs: what follows "-c" after sh/bash/cmd/powershell, in the
    arguments themselves (os.spawnl) or in an argument list (subprocess.run, os.execv; also one given by a
    keyword of the sink's: stream(..., command=["sh", "-c", line]))."""
    positional = [arg.value for arg, _ in args if arg.keyword is None and not arg.star]
    named = [arg.value for arg, _ in args if arg.keyword is not None and arg.keyword.value in keywords]
    vectors = [positional, spliced(positional)[0]] + [
        [e.value for e in v.elements] for v in positional + named if isinstance(v, (cst.List, cst.Tuple))
    ]
    shells = active_knowledge().shells
    for items in vectors:
        shell = False
        for i, expr in enumerate(items[:-1]):
            value = a.fold(expr, env)
            if isinstance(value, str):
                if shell and value in shells.command_flags:
                    return items[i + 1]
                shell = shell or shells.is_shell(value)
    return None


def without(a: Analysis, expr: cst.BaseExpression, command: cst.BaseExpression, env: Env, taint: Taint) -> Taint:
    """An argument's taint leaving out the shell command reported on its own."""
    if expr is command:
        return CLEAN
    if isinstance(expr, (cst.List, cst.Tuple)) and any(e.value is command for e in expr.elements):
        taints = a._elements(expr, env)
        return union(*(t for e, t in zip(expr.elements, taints, strict=True) if e.value is not command))
    return taint
