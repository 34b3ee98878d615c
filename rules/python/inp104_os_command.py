"""Functions that always run their command through a shell, given a command built from data."""

import re

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, bound_value, string_text
from guidelint.cst.shell import fixed_command

SPAWN_L = ("spawnl", "spawnle", "spawnlp", "spawnlpe")
SPAWN_V = ("spawnv", "spawnve", "spawnvp", "spawnvpe")
EXEC_L = ("execl", "execle", "execlp", "execlpe")
EXEC_V = ("execv", "execve", "execvp", "execvpe")
# Airflow runs bash_command with `bash -c`
BASH_OPERATORS = (
    "airflow.operators.bash.BashOperator",
    "airflow.operators.bash_operator.BashOperator",
    "airflow.providers.standard.operators.bash.BashOperator",
)


class OsShellCommand(Rule):
    meta = RuleMeta.of(
        id="INP104",
        clause="SG-5.2",
        title="Shell command string built from data",
        severity="medium",
        confidence="high",
        cwe=[78],
        owasp="A03:2021-Injection",
        message="{name}() runs a command string that is not a constant through the shell",
        rationale=(
            "os.system, os.popen, the getoutput helpers, Airflow's BashOperator and a shell started with -c "
            "interpret their whole command string, so any value built into it can append commands with ;, | "
            "or $(...). That gives whoever controls the value a shell on the server inside the separated "
            "network, with the service's access to clients' confidential and pre-disclosure insider information. "
            "Every such command that is not a constant is reported; it warns because the origin of the value "
            "decides how dangerous it is: INP401 (critical, blocking) reports the command that request, "
            "command-line or environment data is proven to reach."
        ),
        remediation=(
            "Use subprocess.run(['program', arg1, arg2], check=True) with an argument list and no shell; "
            "read output with subprocess.run([...], capture_output=True, text=True).stdout. If a shell is "
            "unavoidable, keep the command constant and quote each value with shlex.quote()."
        ),
        references=(
            "https://docs.python.org/3/library/subprocess.html#replacing-older-functions-with-the-subprocess-module",
            "https://docs.python.org/3/library/shlex.html#shlex.quote",
        ),
    )
    calls = (
        "os.system",
        "os.popen",
        "os.popen2",
        "os.popen3",
        "os.popen4",
        "popen2.popen2",
        "popen2.popen3",
        "popen2.popen4",
        "commands.getoutput",
        "commands.getstatusoutput",
        "subprocess.getoutput",
        "subprocess.getstatusoutput",
        "pty.spawn",
        *(f"os.{f}" for f in SPAWN_L + SPAWN_V + EXEC_L + EXEC_V),
        *BASH_OPERATORS,
    )
    needles = (
        re.compile(r"\b(?:system|popen[234]?|getoutput|getstatusoutput|spawn\w*|exec[lv]\w*)\s*\("),
        re.compile(r"\b(?:os|commands|subprocess|pty)\.(?:system|popen|getoutput|getstatusoutput|spawn|exec)"),
        # imported under another name: from os import system as run
        re.compile(r"import\b[^\n]*\b(?:system|popen\w*|getoutput|getstatusoutput|spawn\w*|exec[lv]\w*)\b"),
        "BashOperator",
    )

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        function = name.rsplit(".", 1)[-1]
        if name in BASH_OPERATORS:
            command = arg(call, "bash_command")
            if command is None or _constant(command.value, ctx):
                return
            if isinstance(command.value, cst.Name) and _constant_local(command.value, ctx):
                return
        elif function.startswith(("spawn", "exec")) and name != "pty.spawn":
            argv = _argv(call, function)
            if argv is None or not _shell_with_data(argv, ctx):
                return
        elif name == "pty.spawn":
            # pty.spawn(argv) runs argv[0] with os.execlp, and a string is the program's name: no shell
            # parses anything unless the program is one (["sh", "-c", command]). A program chosen by data
            # is INP151's case.
            command = arg(call, "argv", 0)
            program = command.value if command is not None else None
            if not isinstance(program, (cst.List, cst.Tuple)) or not program.elements:
                return
            if not _shell_with_data([e.value for e in program.elements], ctx):
                return
        else:
            command = arg(call, "cmd", 0) or arg(call, "command", 0)
            if command is None or _constant(command.value, ctx):
                return
        ctx.report(call, self.meta.message.format(name=name))

    flagged = """
        import os
        import subprocess
        from os import system, popen as run_pipe

        def backup(request):
            target = request.form["target"]
            os.system("rsync -a /srv/data " + target)  # expect
            system(f"chmod 600 {target}")  # expect
            with run_pipe("du -sh %s" % target) as pipe:  # expect
                size = pipe.read()
            status, out = subprocess.getstatusoutput("ls " + target)  # expect
            os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "gzip " + target)  # expect
            return size, status, out

        def replace_process(command):
            os.execvp("/bin/bash", ["bash", "-c", command])  # expect

        def login_shell(command):
            os.execvp("bash", ["bash", "-lc", command])  # expect
            os.spawnl(os.P_WAIT, "powershell.exe", "powershell.exe", "-Command", command)  # expect

        def terminal(command):
            import pty
            pty.spawn(["/bin/sh", "-c", command])  # expect

        def archive_task(dag, table):
            from airflow.operators.bash import BashOperator
            return BashOperator(task_id="dump", bash_command=f"pg_dump -t {table} trading", dag=dag)  # expect
    """
    safe = """
        import os
        import pty
        import re
        import shlex
        import subprocess
        import sys

        SYNC = "sync"

        def rotate(request):
            # one of two constants on the branches that go on; the other case stops here
            match request.form.get("period"):
                case "daily":
                    command = "logrotate /etc/logrotate.d/daily"
                case "weekly":
                    command = "logrotate /etc/logrotate.d/weekly"
                case _:
                    raise ValueError("period")
            os.system(command)
            if request.form.get("force"):
                flag = "--force"
            else:
                flag = "--debug"
            os.system("logrotate " + flag + " /etc/logrotate.conf")

        def keep_backups():
            from flask import request

            try:
                keep = int(request.form["keep"])
            except ValueError:
                return
            else:
                os.system(f"rotate-backups --keep {keep}")  # a number: int() raised for anything else

        def backup(request):
            target = request.form["target"]
            os.system("sync")
            os.system(SYNC)
            os.system("rsync -a /srv/data " + shlex.quote(target))
            out = subprocess.getoutput("uname -a")
            subprocess.run(["rsync", "-a", "/srv/data", target], check=True)
            os.spawnlp(os.P_WAIT, "gzip", "gzip", target)
            os.spawnlp(os.P_WAIT, "sh", "sh", "-c", "make clean")
            pty.spawn(["/usr/bin/less", target])
            pty.spawn(sys.argv[1:])  # runs the program its caller names, through no shell (INP151)
            pty.spawn(target)  # a string is the program's name: no shell
            return out

        def replace_process(path):
            os.execvp("gzip", ["gzip", "-k", path])

        def disk_usage():
            volume = sys.argv[1]
            if not re.fullmatch(r"[a-z0-9_]{1,32}", volume):
                raise ValueError("unknown volume")
            for mode in ("-s", "-sh"):
                os.system(f"du {mode} /srv/{volume}")  # checked input and one of two constants

        def archive_task(dag):
            from airflow.operators.bash import BashOperator
            dump = "pg_dump -t {{ params.table }} trading"
            return BashOperator(task_id="dump", bash_command=dump, params={"table": "fills"}, dag=dag)
    """


def _argv(call: cst.Call, function: str) -> list[cst.BaseExpression] | None:
    """The program and its arguments as written, for the os.spawn*/os.exec* families."""
    positional = [a.value for a in call.args if a.keyword is None and not a.star]
    if any(a.star for a in call.args):
        return None
    if function.startswith("spawn"):
        positional = positional[1:]  # mode
    if not positional:
        return None
    program = positional[0]
    if function in SPAWN_L or function in EXEC_L:
        rest = positional[1:]
        if function.endswith("e"):
            rest = rest[:-1]  # env
        return [program, *rest[1:]]  # rest[0] is argv[0]
    if len(positional) < 2 or not isinstance(positional[1], (cst.List, cst.Tuple)):
        return None
    return [program, *(e.value for e in positional[1].elements[1:])]


def _shell_with_data(argv: list[cst.BaseExpression], ctx: Context) -> bool:
    """`sh -c <command>` (program first) where the command is not a constant."""
    shells = ctx.knowledge.shells
    program = string_text(argv[0])
    if program is None or not shells.is_shell(program):
        return False
    for i, item in enumerate(argv[1:-1], 1):
        if string_text(item) in shells.command_flags:
            return not _constant(argv[i + 1], ctx)
    return False


def _constant(expr: cst.BaseExpression, ctx: Context) -> bool:
    """A command the code fixes itself: literals, module constants, strings whose only variable parts
    are quoted with shlex.quote(), and what the dataflow proves one of a few constants or input a check
    made harmless to a shell (`if not re.fullmatch(r"[a-z.-]+", host): abort(400)`)."""
    return fixed_command(expr, ctx)


def _constant_local(name: cst.Name, ctx: Context) -> bool:
    """A local name bound once to a constant command."""
    bound = bound_value(ctx, name.value)
    return bound is not None and _constant(bound, ctx)
