"""Temporary files created by name instead of atomically."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, assignments, bound_value, iter_calls, parameter, string_text

SHARED_DIRS = ("/tmp/", "/var/tmp/", "/dev/shm/")
WRITE_MODES = set("wax+")
# the shared temporary directory by a call
TEMP_DIR_CALLS = ("tempfile.gettempdir", "tempfile.gettempdirb")
# calls whose result nobody can guess: a name holding one cannot be claimed in advance (a digest is taken
# for one too: the rule cannot tell a hash of a secret from a hash of something known)
# methods that write a file at the path they are given first (pandas' and numpy's writers, matplotlib's figures):
# `frame.to_csv("/tmp/export.csv")` claims the name as open(..., "w") does
PATH_WRITERS = {
    **dict.fromkeys(("to_csv", "to_json", "to_pickle", "to_hdf", "to_stata"), "path_or_buf"),
    **dict.fromkeys(("to_parquet", "to_feather", "to_orc"), "path"),
    "to_excel": "excel_writer",
    "savefig": "fname",
}
# functions that write a file at a path they are given (the model and array savers of an ML pipeline), by its
# keyword and position: `torch.save(state, "/tmp/checkpoint.pt")` claims the name as open(..., "wb") does
SAVERS = {
    "torch.save": ("f", 1),
    "joblib.dump": ("filename", 1),
    **dict.fromkeys(("numpy.save", "numpy.savez", "numpy.savez_compressed"), ("file", 0)),
    "numpy.savetxt": ("fname", 0),
}
UNGUESSABLE = ("uuid.uuid4", "secrets.", "os.urandom", "tempfile.mkdtemp", "tempfile.mkstemp", "hashlib.", "hmac.")


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
            "or make it overwrite another file (pandas' to_csv/to_parquet and a figure's savefig write such a path "
            "as open() does). Temporary files often hold exports and reports with "
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
    calls = (
        *("tempfile.mktemp", "os.tempnam", "os.tmpnam", "open", "io.open", "codecs.open", "os.makedirs", "os.mkdir"),
        *SAVERS,
    )
    nodes = (cst.Call,)
    needles = ("mktemp", "tempnam", "tmpnam", "/tmp", "/dev/shm", "gettempdir")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name in ("tempfile.mktemp", "os.tempnam", "os.tmpnam"):
            ctx.report(call, self.meta.message.format(name=f"{name}()"))
            return
        if name in ("os.makedirs", "os.mkdir"):
            # a directory of a known name: whoever makes it first owns what the service puts in it
            folder = arg(call, "name", 0) or arg(call, "path", 0)
            target = _shared_path(folder.value, ctx) if folder is not None else None
            if target is not None:
                ctx.report(call, self.meta.message.format(name=f"{name}({target!r})"))
            return
        if name in SAVERS:
            given = arg(call, *SAVERS[name])
            target = _shared_path(given.value, ctx) if given is not None else None
            if target is not None:
                ctx.report(call, self.meta.message.format(name=f"{target!r}, which {name}() writes,"))
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

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """A predictable path handed to a function of the module that opens that parameter for writing
        (`build_pdf(path)` whose body runs `open(path, "wb")`): reported where the path is made, as if the
        helper's open() were written there."""
        if not isinstance(node, cst.Call):
            return
        if isinstance(node.func, cst.Attribute) and node.func.attr.value in PATH_WRITERS:
            method = node.func.attr.value
            given = arg(node, PATH_WRITERS[method], 0)
            target = _shared_path(given.value, ctx) if given is not None else None
            if given is not None and target is not None:
                made = bound_value(ctx, given.value.value) if isinstance(given.value, cst.Name) else None
                where = made if made is not None else given.value
                ctx.report(where, self.meta.message.format(name=f"{target!r}, which {method}() writes,"))
            return
        if not isinstance(node.func, cst.Name):
            return
        opened = _writing_parameters(node.func.value, ctx)
        for position, name in opened:
            given = arg(node, name, position if position >= 0 else None)
            if given is None or _shared_path(given.value, ctx) is None:
                continue
            made = bound_value(ctx, given.value.value) if isinstance(given.value, cst.Name) else None
            where = made if made is not None else given.value
            target = _shared_path(given.value, ctx)
            ctx.report(
                where, self.meta.message.format(name=f"{target!r}, which {node.func.value}() opens for writing,")
            )

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

        def user_export(user_id, rows):
            path = f"/tmp/contacts-{user_id}.csv"  # a name anyone can work out
            with open(path, "w") as out:  # expect
                out.writelines(rows)
            cache = os.path.join(tempfile.gettempdir(), "export-cache")
            os.makedirs(cache, exist_ok=True)  # expect

        def write_statement(target, body):
            with open(target, "wb") as out:
                out.write(body)

        def statement(account):
            # a helper opens the path for writing: reported where the predictable name is made
            path = os.path.join(tempfile.gettempdir(), f"statement-{account}.pdf")  # expect
            write_statement(path, b"%PDF")
            write_statement(body=b"%PDF", target="/tmp/latest-statement.pdf")  # expect

        def frames(frame, figure, day):
            path = f"/tmp/orders-{day}.csv"  # expect
            frame.to_csv(path, index=False)
            frame.to_parquet(path="/tmp/orders.parquet")  # expect
            figure.savefig("/tmp/orders.png")  # expect

        def checkpoint(state, weights):
            import joblib
            import numpy as np
            import torch
            torch.save(state, "/tmp/checkpoint.pt")  # expect
            np.save("/tmp/weights.npy", weights)  # expect
            joblib.dump(state, filename="/tmp/model.joblib")  # expect
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

        def user_export(rows):
            import uuid

            path = os.path.join(tempfile.gettempdir(), f"contacts-{uuid.uuid4().hex}.csv")
            with open(path, "x") as out:  # a name nobody can guess, created only if it does not exist
                out.writelines(rows)
            os.makedirs(tempfile.mkdtemp(), exist_ok=True)

        def cache_dir(secret_key):
            import hashlib

            suffix = hashlib.sha256(secret_key.encode()).hexdigest()[:10]
            os.makedirs(os.path.join(tempfile.gettempdir(), f"app_{suffix}"), mode=0o700, exist_ok=True)

        def write_statement(target, body):
            with open(target, "wb") as out:
                out.write(body)

        def read_statement(target):
            with open(target, "rb") as source:
                return source.read()

        def statement(account):
            # the helper is given a file tempfile made; a predictable name only read is no claim of it
            with tempfile.NamedTemporaryFile(suffix=".pdf", delete=False) as handle:
                path = handle.name
            write_statement(path, b"%PDF")
            return read_statement(os.path.join(tempfile.gettempdir(), f"statement-{account}.pdf"))

        def frames(frame, figure):
            with tempfile.TemporaryDirectory() as workdir:
                frame.to_csv(os.path.join(workdir, "orders.csv"), index=False)
                figure.savefig(os.path.join(workdir, "orders.png"))
            with tempfile.NamedTemporaryFile(suffix=".parquet", delete=False) as handle:
                frame.to_parquet(handle.name)
            return frame.to_csv("/srv/exports/orders.csv")

        def checkpoint(state, weights):
            import joblib
            import numpy as np
            import torch
            with tempfile.TemporaryDirectory(prefix="ckpt-") as tmp:
                torch.save(state, os.path.join(tmp, "checkpoint.pt"))
                np.save(os.path.join(tmp, "weights.npy"), weights)
            joblib.dump(state, "/srv/models/model.joblib")
            torch.save("/tmp/checkpoint.pt", "/srv/models/paths.pt")  # the object saved is a text naming /tmp
    """


def _shared_path(expr: cst.BaseExpression, ctx: Context, depth: int = 0) -> str | None:
    """A path under a shared temporary directory whose name can be known in advance, as written with its
    variable parts as `{}`: a literal, os.path.join of the directory (a literal or tempfile.gettempdir())
    and names, an f-string, `+` or `%` that starts with the directory (`f"/tmp/export-{user_id}.csv"`), or a
    name bound once to one of those; None when a part is unguessable (uuid.uuid4(), secrets.token_hex())."""
    if depth > 3:
        return None
    if isinstance(expr, cst.Name):
        bound = bound_value(ctx, expr.value)
        return _shared_path(bound, ctx, depth + 1) if bound is not None else None
    text = _path_text(expr, ctx, depth)
    if text is not None and text.startswith(SHARED_DIRS) and text.rstrip("/") not in ("/tmp", "/var/tmp"):
        return text
    return None


def _path_text(expr: cst.BaseExpression, ctx: Context, depth: int) -> str | None:
    text = string_text(expr)
    if text is not None:
        return text
    if isinstance(expr, cst.Call):
        name = ctx.qualname(expr.func) or ""
        if name in TEMP_DIR_CALLS:
            return "/tmp/"
        if name == "os.path.join" and expr.args:
            parts = [_part(a.value, ctx, depth) for a in expr.args]
            return None if any(p is None for p in parts) else "/".join(p.rstrip("/") for p in parts if p)
        return None
    if isinstance(expr, cst.FormattedString):
        parts = [
            p.value if isinstance(p, cst.FormattedStringText) else _part(p.expression, ctx, depth)
            for p in expr.parts
            if isinstance(p, (cst.FormattedStringText, cst.FormattedStringExpression))
        ]
        return None if any(p is None for p in parts) else "".join(p for p in parts if p is not None)
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        left, right = _path_text(expr.left, ctx, depth), _part(expr.right, ctx, depth)
        return None if left is None or right is None else left + right
    return None


def _part(expr: cst.BaseExpression, ctx: Context, depth: int) -> str | None:
    """A part of a path: its text when known, `{}` when it is a value anyone can know or guess, None when
    nobody can (an unguessable token, or a name bound to one). A name bound to what it is made of (`path =
    os.path.join(tempfile.gettempdir(), path)`, `a, b = b, a`) is followed a few times only."""
    if depth > 8:
        return None
    text = _path_text(expr, ctx, depth + 1)
    built = isinstance(expr, (cst.FormattedString, cst.BinaryOperation))
    if text is not None or built or (isinstance(expr, cst.Call) and ctx.qualname(expr.func) == "os.path.join"):
        return text  # a string built of parts: None when one of them is unguessable
    if isinstance(expr, cst.Name):
        bound = bound_value(ctx, expr.value)
        return "{}" if bound is None else _part(bound, ctx, depth + 1)
    node: cst.BaseExpression = expr
    while isinstance(node, (cst.Attribute, cst.Call, cst.Subscript)):  # uuid.uuid4().hex, str(secrets.token_hex())
        if isinstance(node, cst.Subscript):
            node = node.value
        elif isinstance(node, cst.Call):
            name = ctx.qualname(node.func) or ""
            if name.startswith(UNGUESSABLE) or any(_part(a.value, ctx, depth + 1) is None for a in node.args):
                return None
            node = node.func.value if isinstance(node.func, cst.Attribute) else node.func
        else:
            node = node.value
    return "{}"


def _writing_parameters(function: str, ctx: Context) -> tuple[tuple[int, str], ...]:
    """The parameters (position, name) a top-level function of the module opens for writing as given
    (`open(target, "wb")` with `target` never reassigned in it); () for anything else."""
    key = ("cfg102.writes", function)
    found: tuple[tuple[int, str], ...] | None = ctx.memo.get(key)
    if found is not None:
        return found
    definition = next((s for s in ctx.module.body if isinstance(s, cst.FunctionDef) and s.name.value == function), None)
    opened: list[tuple[int, str]] = []
    if definition is not None:
        positional = [p.name.value for p in (*definition.params.posonly_params, *definition.params.params)]
        for call in iter_calls(definition.body):
            if ctx.qualname(call.func) not in ("open", "io.open", "codecs.open"):
                continue
            path, mode = arg(call, "file", 0) or arg(call, "filename", 0), arg(call, "mode", 1)
            text = string_text(mode.value) if mode is not None else None
            if path is None or text is None or not WRITE_MODES & set(text) or not isinstance(path.value, cst.Name):
                continue
            name = path.value.value
            if parameter(definition, name) is None or assignments(ctx, name, definition):
                continue
            entry = (positional.index(name) if name in positional else -1, name)
            if entry not in opened:
                opened.append(entry)
    found = ctx.memo[key] = tuple(opened)
    return found
