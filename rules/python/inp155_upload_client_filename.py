"""Uploaded files stored under the file name the client sent."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, assigned_value, dotted, opens_to_write
from guidelint.cst.web import is_upload

# how frameworks expose an upload's client-side name: Flask/werkzeug FileStorage.filename,
# Django UploadedFile.name, Starlette/FastAPI UploadFile.filename
NAME_ATTRIBUTES = ("filename", "name")
# calls that make a client name safe to use as a file name
SAFE_NAMES = ("secure_filename", "get_valid_filename", "basename", "uuid4", "token_hex", "token_urlsafe")


class UploadClientFilename(Rule):
    meta = RuleMeta.of(
        id="INP155",
        clause="SG-9.6",
        title="Upload stored under the client's file name",
        severity="high",
        confidence="medium",
        cwe=[73, 22],
        owasp="A04:2021-Insecure Design",
        message="The upload is stored under `{name}`, the file name the client sent",
        rationale=(
            "The client chooses an upload's file name: '../../app/templates/base.html' writes outside the "
            "upload directory, 'report.html' or 'shell.py' puts active content where it may be served or "
            "run, and 'invoice.pdf' overwrites another client's document with the same name."
        ),
        remediation=(
            "Store uploads under a name the service makes (uuid4().hex plus an extension checked against "
            "an allow-list) and keep the client's name only as data; at the least pass it through "
            "werkzeug.utils.secure_filename and check the extension."
        ),
        references=(
            "https://cheatsheetseries.owasp.org/cheatsheets/File_Upload_Cheat_Sheet.html",
            "https://werkzeug.palletsprojects.com/en/stable/utils/#werkzeug.utils.secure_filename",
        ),
    )
    calls = ("open",)
    nodes = (cst.Call,)
    needles = ("request.files", "request.FILES", "UploadFile")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        path = arg(call, "file", 0)
        if path is None or not opens_to_write(call, ctx):
            return
        found = _client_name(path.value, call, ctx)
        if found:
            ctx.report(call, self.meta.message.format(name=found))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """upload.save(destination): werkzeug's FileStorage.save and Django storages' save(name, content)."""
        if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and node.func.attr.value == "save"):
            return
        destination = arg(node, "dst", 0) or arg(node, "name", 0)
        if destination is None:
            return
        found = _client_name(destination.value, node, ctx)
        if found:
            ctx.report(node, self.meta.message.format(name=found))

    flagged = """
        import os

        from flask import Flask, request

        app = Flask(__name__)

        @app.route("/upload", methods=["POST"])
        def upload():
            document = request.files["document"]
            document.save(os.path.join("/srv/uploads", document.filename))  # expect
            picture = request.files.get("picture")
            name = picture.filename
            with open("/srv/pictures/" + name, "wb") as out:  # expect
                out.write(picture.read())
            return "ok"
    """
    safe = """
        import os
        import uuid

        from flask import Flask, request
        from werkzeug.utils import secure_filename

        app = Flask(__name__)

        @app.route("/upload", methods=["POST"])
        def upload():
            document = request.files["document"]
            document.save(os.path.join("/srv/uploads", secure_filename(document.filename)))
            picture = request.files.get("picture")
            stored = uuid.uuid4().hex + ".png"
            with open(os.path.join("/srv/pictures", stored), "wb") as out:
                out.write(picture.read())
            return {"stored": stored, "original": picture.filename}

        def storage_name(name):
            # the module's own helper: what the dataflow sees it do, whatever it is called
            return secure_filename(name).lower()

        @app.route("/avatar", methods=["POST"])
        def avatar():
            upload = request.files["avatar"]
            upload.save(os.path.join("/srv/avatars", storage_name(upload.filename)))
            return "ok"
    """


def _client_name(expr: cst.BaseExpression, anchor: cst.CSTNode, ctx: Context, depth: int = 0) -> str | None:
    """The client-sent upload name used in a destination, unless it passes a call that makes it safe."""
    if depth > 3:
        return None
    stack: list[cst.CSTNode] = [expr]
    while stack:
        node = stack.pop()
        if isinstance(node, cst.Call) and (
            (dotted(node.func) or "").rsplit(".", 1)[-1] in SAFE_NAMES or ctx.facts(node).validated("path")
        ):
            continue  # secure_filename(upload.filename), or a helper the dataflow sees sanitize it: made safe
        if (
            isinstance(node, cst.Attribute)
            and node.attr.value in NAME_ATTRIBUTES
            and is_upload(node.value, anchor, ctx)
        ):
            return ctx.code(node)
        if isinstance(node, cst.Name):
            value = assigned_value(ctx, node.value, anchor)
            if value is not None and _client_name(value, anchor, ctx, depth + 1):
                return node.value
            continue
        stack.extend(node.children)
    return None
