"""Processes started through a shell with a command string built from data."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, is_constant, keyword_is, sanitized_string

SHELL_QUOTING = {"shlex.quote", "shlex.join", "pipes.quote"}


class ShellCommand(Rule):
    meta = RuleMeta.of(
        id="INP103",
        clause="SG-5.2",
        title="Shell command built from data",
        severity="high",
        confidence="high",
        cwe=[78],
        owasp="A03:2021-Injection",
        message="{name}() hands a command string that is not a constant to the shell",
        rationale=(
            "With shell=True the command string is interpreted by /bin/sh, so quotes, semicolons, pipes and "
            "$(...) in any value built into it run as further commands. Whoever controls that value gets a "
            "shell on the server, inside the separated network, with the service's access to clients' "
            "confidential and pre-disclosure insider information."
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
        "asyncio.create_subprocess_shell",
    )

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name == "asyncio.create_subprocess_shell":
            command = arg(call, "cmd", 0)
        else:
            if not keyword_is(call, "shell", True):
                return
            command = arg(call, "args", 0)
        if command is None or _constant_command(command.value, ctx):
            return
        ctx.report(call, self.meta.message.format(name=name))

    flagged = """
        import asyncio
        import subprocess
        import subprocess as sp
        from subprocess import check_output

        def archive(request):
            name = request.args["name"]
            subprocess.run(f"tar czf /srv/out/{name}.tgz /srv/data", shell=True)  # expect
            sp.call("gzip " + name, shell=True)  # expect
            listing = check_output(  # expect
                "ls -l %s" % name,
                shell=True,
            )
            proc = subprocess.Popen(request.args["cmd"], shell=True)  # expect
            return listing, proc

        async def convert(path):
            proc = await asyncio.create_subprocess_shell(f"convert {path} out.png")  # expect
            await proc.wait()

        def inside(cmd):
            from subprocess import check_call as run_checked
            run_checked(cmd, shell=True)  # expect
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

        async def convert(path):
            proc = await asyncio.create_subprocess_exec("convert", path, "out.png")
            shell = await asyncio.create_subprocess_shell("sync")
            await proc.wait()
            await shell.wait()
    """


def _constant_command(expr: cst.BaseExpression, ctx: Context) -> bool:
    """A command the code fixes itself: literals, module constants, lists whose program is literal,
    or strings whose only variable parts are quoted with shlex.quote()."""
    if isinstance(expr, (cst.List, cst.Tuple)) and expr.elements:
        # with shell=True only the first item is the script; the others become $0, $1, ...
        return is_constant(expr.elements[0].value)
    return sanitized_string(ctx, expr, SHELL_QUOTING)
