"""Zip archives extracted without looking at the size of what they hold (zip bombs)."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, dotted, names_bound

ZIP_OPENERS = frozenset({"zipfile.ZipFile"})
# signs that the code looks at member sizes before extracting
SIZE_CHECKS = ("file_size", "compress_size", "MAX_", "max_size", "size_limit")


class ZipBomb(Rule):
    meta = RuleMeta.of(
        id="CFG105",
        clause="SG-9.6",
        title="Zip archive extracted without a size limit",
        severity="medium",
        confidence="medium",
        cwe=[409],
        owasp="A05:2021-Security Misconfiguration",
        message="{name}() extracts every member without checking its size; a small archive can fill the disk",
        rationale=(
            "A zip member can expand by a factor of a thousand or more, and nested or overlapping members by "
            "far more: a few kilobytes uploaded become gigabytes on disk. Extracting without adding up "
            "ZipInfo.file_size first lets one upload fill the disk the service, its logs and its audit trail "
            "share."
        ),
        remediation=(
            "Before extracting, sum member.file_size over archive.infolist() (and count the members) and "
            "refuse archives above a limit; extract member by member with that check, into a directory on "
            "a volume with a quota."
        ),
        references=(
            "https://docs.python.org/3/library/zipfile.html#decompression-pitfalls",
            "https://cwe.mitre.org/data/definitions/409.html",
        ),
    )
    nodes = (cst.Call,)
    needles = ("zipfile",)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute)):
            return
        if node.func.attr.value != "extractall" or not _zip(node.func.value, ctx):
            return
        scope = ctx.function or ctx.module
        if any(word in ctx.code(scope) for word in SIZE_CHECKS):
            return
        ctx.report(node, self.meta.message.format(name="ZipFile.extractall"))

    flagged = """
        import zipfile

        def unpack(upload, target):
            with zipfile.ZipFile(upload) as archive:
                archive.extractall(target)  # expect

        def unpack_path(path, target):
            zipfile.ZipFile(path).extractall(target)  # expect
    """
    safe = """
        import zipfile

        MAX_TOTAL = 200 * 1024 * 1024

        def unpack(upload, target):
            with zipfile.ZipFile(upload) as archive:
                if sum(member.file_size for member in archive.infolist()) > MAX_TOTAL:
                    raise ValueError("archive too large")
                archive.extractall(target)
    """


def _zip(receiver: cst.BaseExpression, ctx: Context) -> bool:
    """A ZipFile: made right there, or a name bound by `with ZipFile(...) as name` / `name = ZipFile(...)`."""
    if isinstance(receiver, cst.Call):
        return ctx.qualname(receiver.func) in ZIP_OPENERS
    scope = ctx.function or ctx.module
    key = ("CFG105 archives", id(scope))
    if key not in ctx.memo:
        ctx.memo[key] = names_bound(
            scope, lambda value: isinstance(value, cst.Call) and ctx.qualname(value.func) in ZIP_OPENERS
        )
    return dotted(receiver) in ctx.memo[key]
