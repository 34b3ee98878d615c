"""Temporary files created by name instead of atomically."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, string_text

SHARED_DIRS = ("/tmp/", "/var/tmp/", "/dev/shm/")
WRITE_MODES = set("wax+")


class InsecureTempFile(Rule):
    meta = RuleMeta.of(
        id="CFG102",
        clause="SG-9.3",
        title="Temporary file with a predictable name",
        severity="medium",
        confidence="high",
        cwe=[377],
        owasp="A01:2021-Broken Access Control",
        message="{name} uses a predictable file name in a shared temporary directory",
        rationale=(
            "mktemp() only returns a name, and a fixed path under /tmp is known in advance: another local "
            "user or process can create that file or a symlink first, then read what the service writes "
            "or make it overwrite another file. Temporary files often hold exports and reports with "
            "clients' confidential and insider information, which must stay where access is controlled."
        ),
        remediation=(
            "Let tempfile create the file atomically: fd, path = tempfile.mkstemp(), "
            "tempfile.NamedTemporaryFile(delete=False) or a tempfile.TemporaryDirectory() for several "
            "files; keep confidential data out of shared temporary directories altogether."
        ),
        references=(
            "https://docs.python.org/3/library/tempfile.html#tempfile.mktemp",
            "https://cwe.mitre.org/data/definitions/377.html",
        ),
    )
    calls = ("tempfile.mktemp", "os.tempnam", "os.tmpnam", "open", "io.open", "codecs.open")
    needles = ("mktemp", "tempnam", "tmpnam", "/tmp", "/dev/shm")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name in ("tempfile.mktemp", "os.tempnam", "os.tmpnam"):
            ctx.report(call, self.meta.message.format(name=f"{name}()"))
            return
        path = arg(call, "file", 0) or arg(call, "filename", 0)
        mode = arg(call, "mode", 1)
        if path is None or mode is None:
            return  # open(path) reads
        text = string_text(mode.value)
        if text is None or not WRITE_MODES & set(text):
            return
        target = _shared_path(path.value, ctx)
        if target is not None:
            ctx.report(call, self.meta.message.format(name=f"{name}({target!r})"))

    flagged = """
        import os
        import tempfile
        from tempfile import mktemp as temp_name

        def export(rows):
            path = tempfile.mktemp(suffix=".csv")  # expect
            with open("/tmp/export.csv", "w") as out:  # expect
                out.writelines(rows)
            log = open(os.path.join("/var/tmp", "report.log"), mode="a")  # expect
            return path, log, temp_name()  # expect

        def lock():
            import io
            return io.open("/tmp/app.lock", "x")  # expect
    """
    safe = """
        import os
        import tempfile

        def export(rows):
            fd, path = tempfile.mkstemp(suffix=".csv")
            with os.fdopen(fd, "w") as out:
                out.writelines(rows)
            with tempfile.NamedTemporaryFile("w", delete=False) as named:
                named.writelines(rows)
            with tempfile.TemporaryDirectory() as workdir:
                with open(os.path.join(workdir, "report.log"), "a") as log:
                    log.write("done")
            with open("/tmp/app.pid") as existing:
                return path, named.name, existing.read()
    """


def _shared_path(expr: cst.BaseExpression, ctx: Context) -> str | None:
    """A literal path under a shared temporary directory (also os.path.join of literals), else None."""
    text = string_text(expr)
    if text is None and isinstance(expr, cst.Call) and (ctx.qualname(expr.func) or "") == "os.path.join":
        parts = [string_text(a.value) for a in expr.args]
        if parts and all(p is not None for p in parts):
            text = "/".join(p.rstrip("/") for p in parts if p is not None)
    if text is not None and text.startswith(SHARED_DIRS) and text.rstrip("/") not in ("/tmp", "/var/tmp"):
        return text
    return None
