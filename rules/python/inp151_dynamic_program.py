"""Audit: processes started without a shell, but with a program the code does not fix."""

import libcst as cst
from guidelint.cst import (
    NOT_CONSTANT,
    Context,
    Rule,
    RuleMeta,
    Shape,
    arg,
    assignments,
    constant_collection,
    dotted,
    keyword_is,
    module_constant,
    parameter,
    string_parts,
    string_text,
    variable_parts,
)

SUBPROCESS = (
    "subprocess.run",
    "subprocess.call",
    "subprocess.check_call",
    "subprocess.check_output",
    "subprocess.Popen",
)
ASYNC_EXEC = ("asyncio.create_subprocess_exec", "asyncio.subprocess.create_subprocess_exec")
OS_SPAWN = ("spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv", "spawnve", "spawnvp", "spawnvpe")
OS_EXEC = ("execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp", "execvpe")
OS_POSIX = ("posix_spawn", "posix_spawnp")
# values that name a program without coming from data: the running interpreter, a lookup of a fixed name
FIXED_PROGRAMS = frozenset({"sys.executable", "shutil.which"})
# functions that look a program's name up on the PATH (shutil.which, a project's own path.which, Ansible's
# module.get_bin_path, distutils' find_executable): given a literal, the program is as fixed as the name
PATH_LOOKUPS = frozenset({"which", "get_bin_path", "find_executable"})
LOOP_EXEC = "subprocess_exec"
# pty.spawn(argv) runs argv[0] (a string: the program's name) with os.execlp
PTY_SPAWN = "pty.spawn"


class DynamicProgram(Rule):
    meta = RuleMeta.of(
        id="INP151",
        clause="SG-5.2",
        title="Process started with a program chosen at run time",
        severity="low",
        confidence="low",
        cwe=[78],
        owasp="A03:2021-Injection",
        message="{name}() starts a program that is not fixed in the code; check where it comes from",
        rationale=(
            "Without a shell, an argument list is safe only as long as its first item, the program, is "
            "fixed by the code. When the program (or the whole argument list) comes from a parameter, a "
            "message or a configuration value, whoever controls that value chooses what runs on the server "
            "inside the separated network, next to clients' confidential and insider information. This is an "
            "audit finding for the CSIRT review queue: many such calls take the program from trusted "
            "configuration, and only the review can tell."
        ),
        remediation=(
            "Name the program in the code (subprocess.run(['gzip', '-k', path], check=True)) and pass data "
            "only as later arguments; when the program must vary, choose it from an allow-list "
            "(PROGRAMS[name]) or resolve a fixed name with shutil.which('gzip'). Suppress the finding with a "
            "reason when the program comes from trusted configuration."
        ),
        references=(
            "https://docs.python.org/3/library/subprocess.html#security-considerations",
            "https://cwe.mitre.org/data/definitions/78.html",
        ),
    )
    calls = (
        *SUBPROCESS,
        *ASYNC_EXEC,
        *(f"os.{f}" for f in OS_SPAWN + OS_EXEC + OS_POSIX),
        PTY_SPAWN,
    )
    nodes = (cst.Call,)
    needles = ("subprocess", "spawn", "execl", "execv", LOOP_EXEC, "create_subprocess")
    shape = Shape(calls=calls, methods=(LOOP_EXEC,))  # a program given other than as a constant

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        function = name.rsplit(".", 1)[-1]
        if name in SUBPROCESS:
            if keyword_is(call, "shell", True):
                return  # a shell command: INP103
            argv = arg(call, "args", 0)
            program = _program(argv.value, call, ctx) if argv is not None else None
            executable = arg(call, "executable")
            if executable is not None and _fixed(executable.value, call, ctx):
                return
        elif name in ASYNC_EXEC:
            program = _first_positional(call, 0)
        elif name == PTY_SPAWN:
            argv = arg(call, "argv", 0)
            program = _program(argv.value, call, ctx) if argv is not None else None
        elif function in OS_SPAWN:
            program = _first_positional(call, 1)  # after the mode
        else:  # os.exec*, os.posix_spawn*
            program = _first_positional(call, 0)
        if program is not None and not _fixed(program, call, ctx):
            ctx.report(call, self.meta.message.format(name=name))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """loop.subprocess_exec(protocol_factory, program, *args)."""
        if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute):
            return
        if node.func.attr.value != LOOP_EXEC:
            return
        program = _first_positional(node, 1)
        if program is None:
            starred = [a for a in node.args if a.star == "*"]
            if starred:  # loop.subprocess_exec(factory, *argv): the program is argv[0]
                program = starred[0].value
        if program is not None and not _fixed(program, node, ctx):
            ctx.report(node, self.meta.message.format(name=f"loop.{LOOP_EXEC}"))

    flagged = """
        import asyncio
        import os
        import pty
        import subprocess
        import sys

        def convert(job, tool, paths):
            subprocess.run([tool, job.source, job.target], check=True)  # expect
            subprocess.run([paths.which(job.tool), job.source], check=True)  # expect
            subprocess.check_output(job.command)  # expect
            argv = job.command.split()
            subprocess.Popen(argv)  # expect
            os.execvp(tool, [tool, job.source])  # expect
            os.spawnlp(os.P_WAIT, job.program, job.program, job.source)  # expect
            pty.spawn(job.argv)  # expect
            pty.spawn(sys.argv[1:])  # expect
            subprocess.run(f"{tool} --input {job.source}".split(), check=True)  # expect
            subprocess.run(f"{job.tool}".split(), check=True)  # expect
            subprocess.run(("%s -q" % tool).split(), check=True)  # expect

        async def render(job, loop, protocol):
            proc = await asyncio.create_subprocess_exec(job.program, job.source)  # expect
            await proc.wait()
            await loop.subprocess_exec(protocol, *job.argv)  # expect

        def export(job):
            # the job's options may already name a tool: setdefault keeps it
            opts = dict(job.options)
            opts.setdefault("tool", "navcalc")
            subprocess.run([opts["tool"], "--fund", job.fund], check=True)  # expect
    """
    safe = """
        import asyncio
        import itertools
        import os
        import pty
        import shutil
        import sys
        import subprocess

        GZIP = "/usr/bin/gzip"
        CONVERTERS = {"pdf": "wkhtmltopdf", "png": "convert"}

        def convert(job, verbose, tools, module):
            subprocess.run(["convert", job.source, job.target], check=True)
            subprocess.run([GZIP, "-k", job.target], check=True)
            argv = ["tar", "czf", job.archive]
            if verbose:
                argv.append("-v")
            argv += job.files
            subprocess.run(argv, check=True)
            subprocess.run([sys.executable, "-m", "pip", "--version"], check=True)
            subprocess.run([shutil.which("git"), "status"], check=True)
            lpr = tools.which("lpr")  # a project's own PATH lookup of a fixed name
            subprocess.run([lpr, job.target], check=True)
            subprocess.run([module.get_bin_path("lsblk", required=True), "-J"], check=True)
            os.execvp("gzip", ["gzip", job.target])
            os.spawnlp(os.P_WAIT, "lpr", "lpr", job.target)
            pty.spawn(["less", job.target])
            pty.spawn("top")
            subprocess.run(job.command, shell=True)  # a shell command is INP103's case
            subprocess.run([CONVERTERS[job.kind], job.source, job.target], check=True)
            subprocess.run(list(itertools.chain(["zip", "-j", job.archive, "--"], job.files)), check=True)
            tool = CONVERTERS.get(job.kind)
            subprocess.run([tool, job.source], check=True)
            for check in (["df", "-h"], ["free", "-m"] if verbose else ["uptime"]):
                subprocess.run(check, check=True)
            subprocess.run("dpkg --configure -a".split(), check=True)
            subprocess.run(f"apt-get install -y {job.package}".split(), check=True)
            subprocess.run("lpr -P {} {}".format(job.printer, job.target).split(), check=True)

        async def render(job, loop, protocol):
            proc = await asyncio.create_subprocess_exec("convert", job.source, job.target)
            await proc.wait()
            await loop.subprocess_exec(protocol, "lpr", job.target)

        def export(job):
            # an empty dict given a default: the entry is that constant
            opts = {}
            opts.setdefault("fund", job.fund)
            opts.setdefault("tool", "navcalc")
            subprocess.run([opts["tool"], "--fund", opts["fund"]], check=True)
            steps = {"tool": "navcalc", "fmt": job.fmt}
            steps["fmt"] = "csv"
            subprocess.run([steps["tool"], "--format", steps["fmt"]], check=True)
    """


def _first_positional(call: cst.Call, index: int) -> cst.BaseExpression | None:
    """The positional argument at `index`, if it is written before any *args."""
    positional = []
    for a in call.args:
        if a.keyword is not None:
            continue
        if a.star:
            break
        positional.append(a.value)
    return positional[index] if index < len(positional) else None


def _program(argv: cst.BaseExpression, call: cst.Call, ctx: Context, depth: int = 0) -> cst.BaseExpression | None:
    """The expression naming the program of an argument list: its first item, also through a local name
    assigned a list, `list + more`, `[*BASE, ...]` and `list(itertools.chain(BASE, more))`; the list
    expression itself when it cannot be taken apart (a parameter, a call's result); None for a string (a
    program without arguments) that is fixed."""
    if depth > 3:
        return argv
    if isinstance(argv, (cst.List, cst.Tuple)):
        if not argv.elements:
            return None
        first = argv.elements[0]
        if isinstance(first, cst.StarredElement):
            return _program(first.value, call, ctx, depth + 1)
        return first.value
    if isinstance(argv, cst.BinaryOperation) and isinstance(argv.operator, cst.Add):
        return _program(argv.left, call, ctx, depth + 1)
    if (
        isinstance(argv, cst.Call)
        and argv.args
        and not argv.args[0].star
        and (ctx.qualname(argv.func) or (argv.func.value if isinstance(argv.func, cst.Name) else ""))
        in ("list", "tuple", "builtins.list", "builtins.tuple", "itertools.chain")
    ):  # list(parts), itertools.chain(first, more): the program is the first list's
        return _program(argv.args[0].value, call, ctx, depth + 1)
    if isinstance(argv, cst.IfExp):
        body = _program(argv.body, call, ctx, depth + 1)
        if body is not None and not _fixed(body, call, ctx):
            return body
        return _program(argv.orelse, call, ctx, depth + 1)
    if isinstance(argv, cst.Name):
        values = _values(argv.value, ctx)
        if values:
            programs = [_program(v, call, ctx, depth + 1) for v in values]
            unfixed = next((p for p in programs if p is not None and not _fixed(p, call, ctx)), None)
            return unfixed
    split = _split_text(argv, ctx)
    if split is not None and _first_word_written(split):
        return None  # f"apt-get install -y {package}".split(): the program is the text's first word
    return argv


def _split_text(argv: cst.BaseExpression, ctx: Context) -> cst.BaseExpression | None:
    """The string an argument list is split from: `text.split()` (on whitespace) or `shlex.split(text)`."""
    if not isinstance(argv, cst.Call):
        return None
    if isinstance(argv.func, cst.Attribute) and argv.func.attr.value == "split" and not argv.args:
        return argv.func.value
    if ctx.qualname(argv.func) == "shlex.split" and len(argv.args) == 1 and not argv.args[0].star:
        return argv.args[0].value
    return None


def _first_word_written(text: cst.BaseExpression) -> bool:
    """Whether the first word of a string is written in the code: a literal, or a formatted string (f-string,
    `%`, `.format()`, `+`) whose text before its first value holds a whole word and the space after it."""
    while isinstance(text, cst.BinaryOperation) and isinstance(text.operator, cst.Add):
        text = text.left
    if string_text(text) is not None:
        return bool((string_text(text) or "").strip())
    lead = ""
    if isinstance(text, cst.FormattedString):
        for part in text.parts:
            if not isinstance(part, cst.FormattedStringText):
                break
            lead += part.value
    elif isinstance(text, cst.BinaryOperation) and isinstance(text.operator, cst.Modulo):
        lead = (string_text(text.left) or "").split("%", 1)[0]
    elif isinstance(text, cst.Call) and isinstance(text.func, cst.Attribute) and text.func.attr.value == "format":
        lead = (string_text(text.func.value) or "").split("{", 1)[0]
    return any(c.isspace() for c in lead.lstrip())  # "apt-get {x}": a word and its end; "apt{x}": no end


def _values(name: str, ctx: Context) -> list[cst.BaseExpression]:
    """Every value a local name (else a module-level name) is assigned with `=`, or takes as the variable of
    an enclosing `for` loop over a literal collection; [] when it is a parameter or is never assigned
    (augmented assignments only add arguments)."""
    for ancestor in reversed(ctx.ancestors):
        if isinstance(ancestor, (cst.FunctionDef, cst.ClassDef)):
            break
        if isinstance(ancestor, cst.For) and isinstance(ancestor.target, cst.Name) and ancestor.target.value == name:
            return _elements(ancestor.iter, ctx)
    for scope in (ctx.function, ctx.module):
        if scope is None:
            continue
        found = [a for a in assignments(ctx, name, scope) if not isinstance(a.node, cst.AugAssign)]
        if found:
            return [a.value for a in found if a.value is not None]
        if scope is ctx.function and parameter(ctx.function, name) is not None:
            return []
    return []


def _elements(collection: cst.BaseExpression, ctx: Context, depth: int = 0) -> list[cst.BaseExpression]:
    """The items of a list/tuple literal (both sides of `a if c else b`), also through a local name; [] when
    they cannot be listed."""
    out: list[cst.BaseExpression] = []
    if isinstance(collection, cst.IfExp):
        for side in (collection.body, collection.orelse):
            items = _elements(side, ctx, depth)
            if not items and not _empty(side):
                return []
            out += items
        return out
    if isinstance(collection, (cst.List, cst.Tuple)):
        return [e.value for e in collection.elements] if collection.elements else []
    if isinstance(collection, cst.Name) and depth < 2:
        for value in _values(collection.value, ctx):
            items = _elements(value, ctx, depth + 1)
            if not items and not _empty(value):
                return []
            out += items
        return out
    return []


def _empty(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, (cst.List, cst.Tuple)) and not expr.elements


def _fixed(expr: cst.BaseExpression, call: cst.Call, ctx: Context, depth: int = 0) -> bool:
    """A program the code fixes: a literal, a module constant, a local bound only to those, the running
    interpreter or a PATH lookup of a literal (`PATH_LOOKUPS`), `shlex.split()` of a literal."""
    if module_constant(ctx, expr) is not NOT_CONSTANT:
        return True
    if depth > 3:
        return False
    if isinstance(expr, cst.Name):
        values = _values(expr.value, ctx)
        return bool(values) and all(_fixed(v, call, ctx, depth + 1) for v in values)
    if isinstance(expr, cst.IfExp):
        return _fixed(expr.body, call, ctx, depth + 1) and _fixed(expr.orelse, call, ctx, depth + 1)
    if isinstance(expr, cst.Attribute):
        return ctx.qualname(expr) in FIXED_PROGRAMS
    # PROGRAMS[name] or PROGRAMS.get(name): chosen from an allow-list written in the code; opts["tool"] after
    # opts.setdefault("tool", "navcalc") on an empty dict: the constant the flow knows it holds
    if isinstance(expr, cst.Subscript):
        return _allow_list(expr.value, ctx) or ctx.facts(expr).fixed
    if isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "get":
        return _allow_list(expr.func.value, ctx)
    parts = variable_parts(expr)
    if parts is not None and any(" " in (string_text(p) or "") for p in string_parts(expr) or ()):
        return True  # "grep -R {} .".format(x) without a shell: a command line, not a program name
    if isinstance(expr, cst.Call):
        name = ctx.qualname(expr.func) or dotted(expr.func) or ""
        if name.rsplit(".", 1)[-1] in PATH_LOOKUPS or name == "shlex.split":
            first = arg(expr, None, 0)
            return first is not None and string_text(first.value) is not None
        if name in ("str", "os.fspath", "os.path.join", "os.path.abspath", "pathlib.Path"):
            first = arg(expr, None, 0)
            return first is not None and _fixed(first.value, call, ctx, depth + 1)
    if isinstance(expr, (cst.List, cst.Tuple)):
        program = _program(expr, call, ctx, depth + 1)
        return program is None or _fixed(program, call, ctx, depth + 1)
    return False


def _allow_list(table: cst.BaseExpression, ctx: Context) -> bool:
    """A collection literal of constants, directly or through a name bound only to one."""
    return constant_collection(_values(table.value, ctx) if isinstance(table, cst.Name) else [table], ctx)
