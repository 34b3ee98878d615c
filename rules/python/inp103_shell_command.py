"""Processes started through a shell with a command string built from data."""

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    arg,
    assigned_value,
    binders,
    bound_value,
    constant_value,
    is_constant,
    keyword_is,
    string_text,
)
from guidelint.cst.children import children
from guidelint.cst.shell import fixed_command

SHELL_CALLS = ("asyncio.create_subprocess_shell", "asyncio.subprocess.create_subprocess_shell")
EXEC_CALLS = ("asyncio.create_subprocess_exec", "asyncio.subprocess.create_subprocess_exec")
# event loop methods (any receiver): the first argument is the protocol factory
LOOP_SHELL, LOOP_EXEC = "subprocess_shell", "subprocess_exec"


class ShellCommand(Rule):
    meta = RuleMeta.of(
        id="INP103",
        clause="SG-5.2",
        title="Shell command built from data",
        severity="medium",
        confidence="high",
        cwe=[78],
        owasp="A03:2021-Injection",
        message="{name}() hands a command string that is not a constant to the shell",
        rationale=(
            "With shell=True the command string is interpreted by /bin/sh, so quotes, semicolons, pipes and "
            "$(...) in any value built into it run as further commands; the same holds for asyncio's "
            "create_subprocess_shell and loop.subprocess_shell, and for an argument list that starts a shell "
            "with -c (['sh', '-c', command]). Whoever controls that value gets a "
            "shell on the server, inside the separated network, with the service's access to clients' "
            "confidential and pre-disclosure insider information. Every shell command that is not a "
            "constant is reported; it warns because the origin of the value decides how dangerous it is: "
            "INP401 (critical, blocking) reports the command that request, command-line or environment "
            "data is proven to reach."
        ),
        remediation=(
            "Pass an argument list and leave shell at its default: subprocess.run(['convert', src, dst], "
            "check=True). If a shell feature is really needed, keep the command string constant and quote "
            "every value with shlex.quote(); for asyncio use asyncio.create_subprocess_exec(program, *args)."
        ),
        references=(
            "https://docs.python.org/3/library/subprocess.html#security-considerations",
            "https://docs.python.org/3/library/shlex.html#shlex.quote",
        ),
    )
    calls = (
        "subprocess.run",
        "subprocess.call",
        "subprocess.check_call",
        "subprocess.check_output",
        "subprocess.Popen",
        *SHELL_CALLS,
        *EXEC_CALLS,
    )
    nodes = (cst.Call,)
    needles = ("subprocess", "create_subprocess", LOOP_SHELL, LOOP_EXEC)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name in EXEC_CALLS:  # create_subprocess_exec(program, *args)
            if _shell_with_data(_positional(call), ctx):
                ctx.report(call, self.meta.message.format(name=name))
            return
        if name not in SHELL_CALLS and not _may_use_shell(call, ctx):
            argv = arg(call, "args", 0)
            if argv is not None and _shell_with_data(_items(argv.value, call, ctx), ctx):
                ctx.report(call, self.meta.message.format(name=name))
            return
        command = _shell_command(call, name)
        if command is None or _constant_command(command, ctx) or _constant_in_every_call(command, ctx):
            return
        ctx.report(call, self.meta.message.format(name=name))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """loop.subprocess_shell(factory, cmd) and loop.subprocess_exec(factory, program, *args)."""
        if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute):
            return
        method = node.func.attr.value
        if method == LOOP_SHELL:
            command = arg(node, "cmd", 1)
            if command is not None and not _constant_command(command.value, ctx):
                ctx.report(node, self.meta.message.format(name=f"loop.{method}"))
        elif method == LOOP_EXEC and _shell_with_data(_positional(node)[1:], ctx):
            ctx.report(node, self.meta.message.format(name=f"loop.{method}"))

    flagged = """
        import asyncio
        import shlex
        import subprocess
        import subprocess as sp
        from subprocess import check_output

        def archive(request):
            name = request.args["name"]
            subprocess.run(f"tar czf /srv/out/{name}.tgz /srv/data", shell=True)  # expect
            sp.call("gzip " + name, shell=True)  # expect
            subprocess.run(shlex.join(["sh", "-c", name]), shell=True)  # expect  (the quoted word is a script)
            listing = check_output(  # expect
                "ls -l %s" % name,
                shell=True,
            )
            proc = subprocess.Popen(request.args["cmd"], shell=True)  # expect
            return listing, proc

        async def convert(path, loop, protocol):
            proc = await asyncio.create_subprocess_shell(f"convert {path} out.png")  # expect
            await proc.wait()
            other = await asyncio.subprocess.create_subprocess_shell("gzip " + path)  # expect
            await other.wait()
            script = await asyncio.create_subprocess_exec("bash", "-c", f"tar xzf {path}")  # expect
            await script.wait()
            await loop.subprocess_shell(protocol, "lpr " + path)  # expect
            await loop.subprocess_exec(protocol, "/bin/sh", "-c", "lpr " + path)  # expect

        def no_shell_flag(request):
            subprocess.run(["sh", "-c", request.args["cmd"]], check=True)  # expect
            command = ["/bin/bash", "-c", "ping -c 1 " + request.args["host"]]
            subprocess.check_call(command)  # expect
            subprocess.run(["bash", "-lc", "make " + request.args["target"]], check=True)  # expect
            subprocess.run(["powershell.exe", "-Command", request.args["script"]], check=True)  # expect

        def probe(request, verbose):
            tool = "uptime" if verbose else request.args["tool"]
            subprocess.run(tool, shell=True)  # expect

        def inside(cmd, programs):
            from subprocess import check_call as run_checked
            run_checked(cmd, shell=True)  # expect
            for program in programs:
                subprocess.run([program, "--version"], shell=True)  # expect

        def _sh(command):
            return subprocess.run(command, shell=True, check=True)  # expect

        def publish(name):
            _sh("make dist")
            _sh("gzip " + name)

        def archive_requested(request, app):
            command = request.form.get("command", app.config["ARCHIVE_COMMAND"])
            subprocess.run(command, shell=True, check=True)  # expect

        def posted_commands(form):
            yield "uptime"
            yield form["extra"]

        def run_posted(request):
            for command in posted_commands(request.form):
                subprocess.run(command, shell=True)  # expect

        PRINTERS = {"floor3": "hp-floor3", "mailroom": "xerox-mail"}

        def print_pack(request):
            name = request.form["printer"]
            printer = PRINTERS.get(name, name)  # a name the table lacks is used as it was sent
            if printer is None:
                return None
            return subprocess.run("lp -d " + printer + " pack.pdf", shell=True)  # expect

        def backup(target, use_shell=False, windows=False):
            command = "robocopy C:\\\\data " + target if windows else "rsync -a /srv/data " + target
            subprocess.run(command, shell=use_shell, check=True)  # expect
            subprocess.call("del " + target, shell=windows)  # expect
    """
    safe = """
        import asyncio
        import shlex
        import subprocess

        CLEANUP = "rm -rf /srv/cache/*"

        def archive(request):
            name = request.args["name"]
            subprocess.run(["tar", "czf", f"/srv/out/{name}.tgz", "/srv/data"], check=True)
            subprocess.run("ls -l /srv/out | wc -l", shell=True)
            subprocess.run(["gzip", name], shell=False)
            subprocess.run(CLEANUP, shell=True)
            subprocess.run(f"du -sh {shlex.quote(name)} | sort -h", shell=True)
            return subprocess.check_output(["ls", "-l", name])

        def pack(project):
            quoted = shlex.quote(project)
            subprocess.run(f"tar czf /srv/out/{quoted}.tgz /srv/projects/{quoted}", shell=True)

        def signal(pid, workers, day):
            subprocess.run(f"kill -HUP {int(pid)}", shell=True)  # a number's digits are no shell syntax
            subprocess.run("renice -n 5 -p " + str(int(workers)), shell=True)
            subprocess.run(f"renice -n 5 -p {workers:d}", shell=True)
            subprocess.run(shlex.join(["registry-export", "--since", day]), shell=True)  # every word quoted

        async def convert(path, loop, protocol):
            proc = await asyncio.create_subprocess_exec("convert", path, "out.png")
            shell = await asyncio.create_subprocess_shell("sync")
            await proc.wait()
            await shell.wait()
            await loop.subprocess_shell(protocol, "sync")
            await loop.subprocess_exec(protocol, "lpr", path)
            await loop.subprocess_exec(protocol, "/bin/sh", "-c", "make clean")
            flush = "sync; echo 3 > /proc/sys/vm/drop_caches"
            await loop.subprocess_shell(protocol, flush)

        HEALTH = {"disk": "df -h /srv", "load": "uptime"}

        def health_checks():
            for command in HEALTH.values():
                subprocess.run(command, shell=True)
            for name, command in HEALTH.items():
                subprocess.run(f"{command} > /tmp/health-{name}", shell=True)
            for command in listed_checks():  # a generator yielding only the table's commands
                subprocess.run(command, shell=True)

        def listed_checks():
            yield from HEALTH.values()
            for name in ("disk", "load"):
                yield HEALTH[name]

        QUEUES = {"floor3": "hp-floor3", "mailroom": "xerox-mail"}

        def print_pack(request):
            printer = QUEUES.get(request.form["printer"])
            if printer is None:  # what is left is one of the table's values
                return None
            subprocess.run("lp -d " + printer + " pack.pdf", shell=True)
            tray = QUEUES.get(request.form["tray"])
            if not tray:
                return None
            subprocess.run(f"lp -d {tray} cover.pdf", shell=True)

        def dynamic_flag(target, use_shell=False):
            subprocess.run("sync", shell=use_shell)
            subprocess.run(["rsync", "-a", "/srv/data", target], shell=use_shell)
            quiet = False
            subprocess.run("rsync -a /srv/data " + target, shell=quiet)

        def no_shell_flag(request):
            subprocess.run(["sh", "-c", "make clean"], check=True)
            subprocess.run(["bash", "scripts/rotate.sh", request.args["name"]], check=True)
            subprocess.run(["sh", "-c", f"gzip {shlex.quote(request.args['name'])}"], check=True)

        def probe():
            from flask import request

            level = 7
            tool = "uptime" if level * 6 > 40 else request.args["tool"]
            subprocess.run(tool, shell=True)
            for unit in ("cpu", "mem"):
                subprocess.run(f"sar --{unit} 1 1", shell=True)
            for program in ["npx.cmd", "npx"]:
                subprocess.run([program, "--version"], shell=True)
            user = request.args["user"]
            if not user.isalnum():
                return None
            return subprocess.check_output("id " + user, shell=True)

        def _succeeds(command):
            return subprocess.Popen(command, shell=True, stdout=subprocess.PIPE).wait() == 0

        def _output(command, lock):
            with lock, open("/dev/null", "w") as quiet:
                return subprocess.check_output(command, shell=True, text=True, stderr=quiet)

        def toolchain(lock):
            if not (_succeeds("make --version") and _succeeds(command="cc --version")):
                return None
            return _output("make -v | head -n 1", lock)

        def archive_configured():
            from flask import current_app

            command = current_app.config["ARCHIVE_COMMAND"]  # the deployment's, not a client's (INP158's)
            subprocess.run(command, shell=True, check=True)

        FORMATS = {"pdf": "--pdf", "csv": "--csv"}

        def export_configured(request):
            from django.conf import settings

            flag = FORMATS.get(request.GET.get("format"), "--pdf")  # one of the table's flags
            subprocess.run(f"{settings.EXPORT_TOOL} {flag} --all", shell=True, check=True)
            subprocess.run(f"{settings.EXPORT_TOOL} --out {shlex.quote(request.GET['out'])}", shell=True, check=True)
    """


class ShellWithConstantCommand(Rule):
    """SG-5.2 forbids the shell itself: a command string the code fixes (which INP103 leaves alone, as no
    input reaches it) still starts /bin/sh. This is API misuse, not injection: a low-severity finding that
    does not block, so the shell goes away when the code is next touched."""

    meta = RuleMeta.of(
        id="INP158",
        clause="SG-5.2",
        title="Process started through a shell",
        severity="low",
        confidence="high",
        cwe=[676],
        owasp="A04:2021-Insecure Design",
        message="{name}() starts the process through a shell; pass an argument list without shell=True",
        rationale=(
            "SG-5.2 requires processes to be started with an argument list and no shell. A constant command "
            "string (or one the company's deployed configuration holds) is not injectable today, but the "
            "shell call stays where the next change adds a value to it (a file name, a host), and the shell "
            "reads the environment, expands globs and honours quoting in ways the author did not plan. INP103 "
            "reports the shell command that data can reach."
        ),
        remediation=(
            "Split the command into an argument list: subprocess.run(['ls', '-l', '/srv/out'], check=True). "
            "For pipes, chain two subprocess.run() calls passing stdout as input; for globs use glob.glob(); "
            "for asyncio use asyncio.create_subprocess_exec(program, *args)."
        ),
        references=("https://docs.python.org/3/library/subprocess.html#security-considerations",),
    )
    calls = ShellCommand.calls
    nodes = (cst.Call,)
    needles = ("subprocess", "create_subprocess", LOOP_SHELL)

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name not in SHELL_CALLS and not keyword_is(call, "shell", True):
            return
        command = _shell_command(call, name)
        if command is not None and _constant_command(command, ctx):
            ctx.report(call, self.meta.message.format(name=name))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """loop.subprocess_shell(factory, cmd) with a constant command."""
        if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute):
            return
        if node.func.attr.value == LOOP_SHELL:
            command = arg(node, "cmd", 1)
            if command is not None and _constant_command(command.value, ctx):
                ctx.report(node, self.meta.message.format(name=f"loop.{LOOP_SHELL}"))

    flagged = """
        import asyncio
        import subprocess

        CLEANUP = "rm -rf /srv/cache/*"

        def housekeeping():
            subprocess.run("ls -l /srv/out | wc -l", shell=True)  # expect
            subprocess.run(CLEANUP, shell=True)  # expect
            for unit in ("cpu", "mem"):
                subprocess.check_output(f"sar --{unit} 1 1", shell=True)  # expect

        async def flush(loop, protocol):
            proc = await asyncio.create_subprocess_shell("sync")  # expect
            await proc.wait()
            await loop.subprocess_shell(protocol, "sync")  # expect

        def archive():
            from django.conf import settings

            subprocess.run(settings.ARCHIVE_COMMAND, shell=True, check=True)  # expect
    """
    safe = """
        import asyncio
        import subprocess

        def housekeeping(request):
            subprocess.run(["ls", "-l", "/srv/out"], check=True)
            subprocess.run(["rm", "-rf", "/srv/cache"], shell=False, check=True)
            subprocess.run("gzip " + request.args["name"], shell=True)  # INP103's finding, not this one

        async def flush(loop, protocol):
            proc = await asyncio.create_subprocess_exec("sync")
            await proc.wait()
            await loop.subprocess_exec(protocol, "sync")
    """


def _shell_command(call: cst.Call, name: str) -> cst.BaseExpression | None:
    """The command string a shell call hands to /bin/sh."""
    command = arg(call, "cmd", 0) if name in SHELL_CALLS else arg(call, "args", 0)
    return None if command is None else command.value


def _constant_command(expr: cst.BaseExpression, ctx: Context, depth: int = 0) -> bool:
    """A command the code fixes itself: literals, module constants, lists whose program is literal,
    strings whose only variable parts are quoted with shlex.quote(), local names bound once to one, and
    what the dataflow proves fixed or checked."""
    if isinstance(expr, (cst.List, cst.Tuple)) and expr.elements:
        # with shell=True only the first item is the script; the others become $0, $1, ...
        first = expr.elements[0].value
        return is_constant(first) or (depth < 3 and _constant_command(first, ctx, depth + 1))
    if isinstance(expr, cst.Name) and depth < 3:
        bound = bound_value(ctx, expr.value)
        if bound is not None and _constant_command(bound, ctx, depth + 1):
            return True
    # what the dataflow proves: one of a few constants, or input a check or quoting made harmless
    return fixed_command(expr, ctx)


def _constant_in_every_call(expr: cst.BaseExpression, ctx: Context) -> bool:
    """`cmd` is a parameter of a private module-level function (`def _run(cmd)`: no other module is meant to
    call it), never rebound in it, and every call of the function in the module passes a literal for it
    (`_run("bundle check")`): the commands are the module's own. A function also used otherwise (passed on,
    stored) or called with `*args` could be given anything."""
    fn = ctx.function
    if not isinstance(expr, cst.Name) or fn is None or not fn.name.value.startswith("_"):
        return False
    if [a for a in ctx.ancestors if isinstance(a, (cst.FunctionDef, cst.ClassDef, cst.Lambda))] != [fn]:
        return False
    names = [p.name.value for p in (*fn.params.posonly_params, *fn.params.params)]
    if expr.value not in names or binders(fn.body, expr.value, nested=True):
        return False
    position, calls = names.index(expr.value), 0
    stack: list[tuple[cst.CSTNode, cst.CSTNode | None]] = [(ctx.module, None)]
    while stack:
        node, parent = stack.pop()
        if isinstance(node, cst.Name) and node.value == fn.name.value and node is not fn.name:
            if not (isinstance(parent, cst.Call) and parent.func is node) or any(a.star for a in parent.args):
                return False
            given = arg(parent, expr.value, position)
            if given is None or not is_constant(given.value):
                return False
            calls += 1
        stack.extend((child, node) for child in children(node))
    return calls > 0


def _may_use_shell(call: cst.Call, ctx: Context) -> bool:
    """shell=True, or a shell= value the code does not fix (shell=use_shell, shell=os.name == "nt"): a
    command that runs through the shell whenever that value is true is judged as if it always were."""
    flag = arg(call, "shell")
    if flag is None:
        return False
    value = flag.value
    if isinstance(value, cst.Name):
        value = bound_value(ctx, value.value) or value
    return bool(constant_value(value)) if is_constant(value) else True


def _positional(call: cst.Call) -> list[cst.BaseExpression]:
    """The positional arguments as written, up to the first *args."""
    out = []
    for a in call.args:
        if a.keyword is not None:
            continue
        if a.star:
            break
        out.append(a.value)
    return out


def _items(expr: cst.BaseExpression, call: cst.Call, ctx: Context) -> list[cst.BaseExpression]:
    """The items of an argument list literal, or of the list literal a local name was last assigned."""
    if isinstance(expr, cst.Name):
        value = assigned_value(ctx, expr.value, call)
        expr = value if value is not None else expr
    if isinstance(expr, (cst.List, cst.Tuple)):
        out = []
        for element in expr.elements:
            if isinstance(element, cst.StarredElement):
                break
            out.append(element.value)
        return out
    return []


def _shell_with_data(argv: list[cst.BaseExpression], ctx: Context) -> bool:
    """An argument list `sh -c <command>` (program first) whose command is not a constant."""
    if len(argv) < 3:
        return False
    shells = ctx.knowledge.shells
    program = string_text(argv[0])
    if program is None or not shells.is_shell(program):
        return False
    for i, item in enumerate(argv[1:-1], 1):
        if string_text(item) in shells.command_flags:
            return not _constant_command(argv[i + 1], ctx)
    return False
