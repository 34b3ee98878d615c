"""SSH command lines (paramiko's exec_command) built from data."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, bound_value, imported_names
from guidelint.cst.shell import fixed_command


class SshCommand(Rule):
    meta = RuleMeta.of(
        id="INP301",
        clause="SG-5.2",
        title="Shell command run on a remote host over SSH",
        severity="medium",
        confidence="medium",
        cwe=[78],
        owasp="A03:2021-Injection",
        message="exec_command() runs a command line built from data on the remote host; input in it becomes "
        "remote shell code",
        rationale=(
            "paramiko's exec_command() hands the whole string to the remote user's login shell, so any value "
            "formatted into it can add commands that run with the service account's rights on a server inside "
            "the separated network, next to the files and systems that hold client and insider information. "
            "The guidelines require that input never becomes part of a shell command string."
        ),
        remediation=(
            "Move files with SFTP (client.open_sftp() and sftp.get()/put()) instead of shell commands such as "
            "cat, cp or tar. Where a remote command is unavoidable, keep the command line constant and quote "
            "each value with shlex.quote(), or build it with shlex.join([...]) from a fixed program and "
            "validated arguments."
        ),
        references=(
            "https://docs.paramiko.org/en/stable/api/client.html",
            "https://docs.paramiko.org/en/stable/api/sftp.html",
            "https://docs.python.org/3/library/shlex.html#shlex.quote",
        ),
    )
    nodes = (cst.Call,)
    needles = ("exec_command",)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if not (
            isinstance(node, cst.Call)
            and isinstance(node.func, cst.Attribute)
            and node.func.attr.value == "exec_command"
            and not _own(node.func.value)
            and _paramiko_imported(ctx)
        ):
            return
        command = arg(node, "command", 0)
        if command is None or _fixed(command.value, ctx) or ctx.facts(command.value).validated("shell"):
            return  # a constant, or data the flow saw checked or quoted for a shell
        ctx.report(node, self.meta.message)

    flagged = """
        import paramiko

        def tail_service_log(host, service, lines):
            client = paramiko.SSHClient()
            client.load_system_host_keys()
            client.connect(host, username="ops")
            _, stdout, _ = client.exec_command(f"journalctl -u {service} -n {lines}")  # expect
            return stdout.read().decode()

        def read_remote_report(client, name):
            command = "cat /srv/reports/" + name
            stdin, stdout, stderr = client.exec_command(command)  # expect
            return stdout.read()

        def run_as_script(client, script):
            client.exec_command(shlex.join(["sh", "-c", script]))  # expect

        from .compat import _paramiko as ssh

        class Remote:
            def exec_command(self, cmd):
                channel = self.transport.open_session()
                channel.exec_command(cmd)  # expect
    """
    safe = """
        import shlex
        import sys

        import paramiko

        UPTIME = "uptime"

        def tail_job_log(client):
            job = sys.argv[1]
            if not job.isidentifier():
                raise ValueError("job names are identifiers")
            return client.exec_command("tail -n 200 /var/log/etl/" + job + ".log")

        def purge_cache(client):
            return client.exec_command("rm -rf -- /srv/etl/cache/" + shlex.quote(sys.argv[2]))

        def fetch_daily_report(host, local_path):
            client = paramiko.SSHClient()
            client.load_system_host_keys()
            client.connect(host, username="ops")
            try:
                with client.open_sftp() as sftp:
                    sftp.get("/srv/reports/daily.csv", local_path)
            finally:
                client.close()

        def health(client, service, lines):
            client.exec_command("systemctl is-active ledger")
            client.exec_command(UPTIME)
            client.exec_command("journalctl -n 50 -u " + shlex.quote(service))
            client.exec_command(shlex.join(["journalctl", "-u", service, "-n", str(lines)]))

        class Local:
            def run(self, cmd):
                return self.exec_command(cmd)  # this class's own method

        class Remote(Local):
            def exec_command(self, cmd):
                return super().exec_command(cmd)  # the base class's, not paramiko's
    """


def _own(receiver: cst.BaseExpression) -> bool:
    """`self.exec_command(...)`, `super().exec_command(...)`: the class's own method, or its base's."""
    if isinstance(receiver, cst.Name):
        return receiver.value == "self"
    return isinstance(receiver, cst.Call) and isinstance(receiver.func, cst.Name) and receiver.func.value == "super"


def _paramiko_imported(ctx: Context) -> bool:
    """paramiko, or a module named for it (a project's compatibility import: `from .compat import _paramiko`)."""
    return any("paramiko" in part for full in imported_names(ctx) for part in full.split("."))


def _fixed(expr: cst.BaseExpression, ctx: Context) -> bool:
    """A command line the code writes itself (`fixed_command`), or a local name bound once to one."""
    if fixed_command(expr, ctx):
        return True
    if isinstance(expr, cst.Name):
        bound = bound_value(ctx, expr.value)
        return bound is not None and bound is not expr and _fixed(bound, ctx)
    return False
