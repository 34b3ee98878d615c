"""Uploaded files stored without any check of their type."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, assigned_value, dotted, iter_nodes, opens_to_write
from guidelint.cst.web import is_upload

# what an upload says about its type: its name (and so its extension) and its declared content type
TYPE_ATTRIBUTES = frozenset({"filename", "name", "content_type", "mimetype"})
# ways an upload's content reaches a file written by the handler
CONTENT = frozenset({"read", "chunks", "stream", "file"})
# calls that say nothing about the type of what they are given
NOT_CHECKS = frozenset({"len", "str", "int", "bool", "print", "secure_filename", "get_valid_filename"})
CHECK_WORDS = ("check", "valid", "allow", "verify", "ensure", "reject", "scan")


class UploadTypeUnchecked(Rule):
    meta = RuleMeta.of(
        id="INP157",
        clause="SG-9.6",
        title="Upload stored without a check of its type",
        severity="medium",
        confidence="medium",
        cwe=[434],
        owasp="A04:2021-Insecure Design",
        message="The upload `{name}` is stored without any check of its type: whatever the client sends is kept",
        rationale=(
            "A handler that stores every upload as it comes accepts an .html page that runs script when "
            "a colleague opens it, a .py or .php file where it may be served or run, and an executable "
            "posing as an invoice. What may be uploaded is decided by the service, by extension and content, "
            "before anything is written."
        ),
        remediation=(
            "Check the extension against an allow-list and the content's real type before storing, e.g. "
            "if os.path.splitext(upload.filename)[1].lower() not in {'.pdf', '.png'} or "
            "magic.from_buffer(upload.read(2048), mime=True) not in ALLOWED_TYPES: abort(400), then "
            "upload.seek(0); with Django use a FileField with FileExtensionValidator."
        ),
        references=(
            "https://cheatsheetseries.owasp.org/cheatsheets/File_Upload_Cheat_Sheet.html",
            "https://cwe.mitre.org/data/definitions/434.html",
        ),
    )
    nodes = (cst.Call,)
    needles = ("request.files", "request.FILES", "UploadFile")

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.Call)
        stored = _stored_upload(node, ctx)
        if stored is not None and ctx.function is not None and not _type_checked(stored, ctx.function):
            ctx.report(node, self.meta.message.format(name=stored))

    flagged = """
        import shutil

        from flask import Flask, request

        app = Flask(__name__)

        @app.route("/statements", methods=["POST"])
        def statement():
            upload = request.files["statement"]
            if not upload or upload.content_length > 10_000_000:
                return "too large", 400
            upload.save("/srv/statements/latest.pdf")  # expect
            return "ok"

        @app.route("/avatar", methods=["POST"])
        def avatar():
            picture = request.files.get("picture")
            with open("/srv/avatars/current", "wb") as out:  # expect
                out.write(picture.read())
            return "ok"

        def report(request):
            document = request.FILES["report"]
            with open("/srv/reports/new", "wb") as out:  # expect
                shutil.copyfileobj(document.file, out)

        import uuid
        from pathlib import Path
        from fastapi import UploadFile

        async def evidence(upload: UploadFile):
            Path("/srv/evidence", uuid.uuid4().hex).write_bytes(await upload.read())  # expect
    """
    safe = """
        import os
        import uuid

        from flask import Flask, abort, request

        app = Flask(__name__)
        EXTENSIONS = {".pdf", ".png"}

        def allowed_file(upload):
            return os.path.splitext(upload.filename)[1].lower() in EXTENSIONS

        @app.route("/statements", methods=["POST"])
        def statement():
            upload = request.files["statement"]
            if not allowed_file(upload):
                abort(400)
            upload.save(os.path.join("/srv/statements", uuid.uuid4().hex + ".pdf"))
            return "ok"

        @app.route("/avatar", methods=["POST"])
        def avatar():
            picture = request.files.get("picture")
            extension = os.path.splitext(picture.filename)[1].lower()
            if extension not in EXTENSIONS:
                abort(400)
            with open("/srv/avatars/" + uuid.uuid4().hex + extension, "wb") as out:
                out.write(picture.read())
            return "ok"

        @app.route("/scan", methods=["POST"])
        def scan():
            upload = request.files["document"]
            if upload.mimetype != "application/pdf":
                abort(415)
            upload.save("/srv/incoming/" + uuid.uuid4().hex + ".pdf")
            return "ok"

        import tempfile
        import zipfile

        @app.route("/bundle", methods=["POST"])
        def bundle():
            with tempfile.NamedTemporaryFile(suffix=".zip") as handle:
                request.files["bundle"].save(handle.name)
                return {"entries": len(zipfile.ZipFile(handle.name).namelist())}

        from pathlib import Path
        from fastapi import HTTPException, UploadFile

        async def evidence(upload: UploadFile):
            if upload.content_type != "application/pdf":
                raise HTTPException(status_code=415)
            Path("/srv/evidence", uuid.uuid4().hex + ".pdf").write_bytes(await upload.read())
    """


def _stored_upload(call: cst.Call, ctx: Context) -> str | None:
    """The upload this call writes to storage: upload.save(dst), storage.save(name, upload),
    or open(path, "wb") in a function that reads an upload's content."""
    func = call.func
    if isinstance(func, cst.Attribute) and func.attr.value == "save":
        destination = arg(call, "dst", 0)
        if destination is not None and _temporary(destination.value, call, ctx):
            return None  # kept for processing in a private temporary file, not stored
        if is_upload(func.value, call, ctx):
            return ctx.code(func.value)
        content = arg(call, "content", 1)
        if content is not None and is_upload(content.value, call, ctx):
            return ctx.code(content.value)
        return None
    if isinstance(func, cst.Attribute) and func.attr.value == "write_bytes" and call.args:
        return _upload_read(call.args[0].value, call, ctx)  # Path(dst).write_bytes(await upload.read())
    if (ctx.qualname(func) != "builtins.open" and dotted(func) != "open") or ctx.function is None:
        return None
    if not opens_to_write(call, ctx):
        return None
    for attribute in iter_nodes(ctx.function, cst.Attribute):
        if attribute.attr.value in CONTENT and is_upload(attribute.value, call, ctx):
            return ctx.code(attribute.value)
    return None


def _upload_read(expr: cst.BaseExpression, call: cst.Call, ctx: Context) -> str | None:
    """The upload whose content `expr` reads: `upload.read()`, `await upload.read()`, `upload.file.read()`."""
    if isinstance(expr, cst.Await):
        expr = expr.expression
    if not (isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "read"):
        return None
    owner = expr.func.value
    if isinstance(owner, cst.Attribute) and owner.attr.value in CONTENT:
        owner = owner.value
    return ctx.code(owner) if is_upload(owner, call, ctx) else None


def _temporary(destination: cst.BaseExpression, call: cst.Call, ctx: Context) -> bool:
    """A path made by the tempfile module: handle.name of a `with tempfile.NamedTemporaryFile() as handle`,
    or a name assigned from tempfile.mkstemp()/mktemp()."""
    names = {n.value for n in iter_nodes(destination, cst.Name)}
    for ancestor in ctx.ancestors:
        if isinstance(ancestor, cst.With):
            for item in ancestor.items:
                bound = item.asname.name if item.asname is not None else None
                if isinstance(bound, cst.Name) and bound.value in names and _made_by_tempfile(item.item, ctx):
                    return True
    return any(_made_by_tempfile(assigned_value(ctx, name, call), ctx) for name in names)


def _made_by_tempfile(expr: cst.BaseExpression | None, ctx: Context) -> bool:
    return isinstance(expr, cst.Call) and (ctx.qualname(expr.func) or "").startswith("tempfile.")


def _type_checked(upload: str, function: cst.FunctionDef) -> bool:
    """Anything in a condition, an assert or a checking call that looks at the upload, its name or its
    declared type: allowed_file(upload), name.endswith(".pdf"), upload.mimetype != ..., magic.from_buffer(...)."""
    related = {upload.split(".")[0]}
    for _ in range(3):  # names made from the upload: filename = upload.filename; ext = splitext(filename)[1]
        for assign in iter_nodes(function, cst.Assign):
            if _mentions(assign.value, related):
                related |= {t.target.value for t in assign.targets if isinstance(t.target, cst.Name)}
    tests: list[cst.BaseExpression] = [node.test for node in iter_nodes(function, cst.If)]
    tests += [node.test for node in iter_nodes(function, cst.While)]
    tests += [node.test for node in iter_nodes(function, cst.Assert)]
    tests += [node.test for node in iter_nodes(function, cst.IfExp)]
    for statement in iter_nodes(function, cst.Expr):  # validate_upload(upload): raises when it is wrong
        if isinstance(statement.value, cst.Call):
            name = (dotted(statement.value.func) or "").lower()
            if any(word in name for word in CHECK_WORDS):
                tests.append(statement.value)
    return any(_looks_at_type(test, related, related - {upload.split(".")[0]}) for test in tests)


def _looks_at_type(test: cst.BaseExpression, related: set[str], derived: set[str]) -> bool:
    for call in iter_nodes(test, cst.Call):
        name = (dotted(call.func) or "").rsplit(".", 1)[-1]
        if name in NOT_CHECKS:
            continue
        if isinstance(call.func, cst.Attribute) and _mentions(call.func.value, related):
            return True  # name.endswith(".pdf"), upload.filename.lower().endswith(...)
        if any(_mentions(a.value, related) for a in call.args):
            return True  # allowed_file(upload), magic.from_buffer(upload.read(2048))
    for comparison in iter_nodes(test, cst.Comparison):
        sides = [comparison.left, *(c.comparator for c in comparison.comparisons)]
        if any(isinstance(c.operator, (cst.Is, cst.IsNot)) for c in comparison.comparisons) or any(
            isinstance(s, cst.SimpleString) and s.value in ('""', "''") for s in sides
        ):
            continue  # upload is None, upload.filename == "": nothing sent, not a type check
        for side in sides:
            if isinstance(side, cst.Attribute) and side.attr.value in TYPE_ATTRIBUTES and _mentions(side, related):
                return True
            if isinstance(side, cst.Name) and side.value in derived:
                return True  # extension not in EXTENSIONS
    return False


def _mentions(expr: cst.CSTNode, names: set[str]) -> bool:
    return any(n.value in names for n in iter_nodes(expr, cst.Name))
