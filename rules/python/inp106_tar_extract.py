"""tar archives extracted without a member filter."""

import libcst as cst
from guidelint.cst import (
    NOT_CONSTANT,
    Context,
    Rule,
    RuleMeta,
    arg,
    dotted,
    iter_nodes,
    module_constant,
    names_bound,
    string_text,
    with_keyword,
)

TAR_OPENERS = {
    "tarfile.open",
    "tarfile.TarFile",
    "tarfile.TarFile.open",
    "tarfile.TarFile.taropen",
    "tarfile.TarFile.gzopen",
    "tarfile.TarFile.bz2open",
    "tarfile.TarFile.xzopen",
}
CLOSERS = {"contextlib.closing"}


class TarExtraction(Rule):
    meta = RuleMeta.of(
        id="INP106",
        clause="SG-5.5",
        title="Archive extracted without member filtering",
        severity="high",
        confidence="high",
        cwe=[22],
        owasp="A01:2021-Broken Access Control",
        message="{name}() extracts a tar archive unfiltered: members named ../ or links escape the target",
        rationale=(
            "tar members carry their own paths, links and permissions: a crafted archive writes to "
            "../../etc/cron.d, follows a symlink out of the target directory or creates device files. "
            "Extracting one outside the intended directory overwrites code and data of other business "
            "areas and can expose clients' confidential and insider information held on the same server."
        ),
        remediation=(
            "Pass filter='data' (Python 3.12+, and the security releases of 3.8-3.11): "
            "tar.extractall(dest, filter='data') or shutil.unpack_archive(path, dest, filter='data'). "
            "On older interpreters, check every member (no absolute or .. paths, no links or devices) and "
            "pass only the checked ones as members=."
        ),
        references=(
            "https://docs.python.org/3/library/tarfile.html#tarfile-extraction-filter",
            "https://docs.python.org/3/library/shutil.html#shutil.unpack_archive",
        ),
    )
    calls = ("shutil.unpack_archive",)
    nodes = (cst.Call,)
    needles = ("extractall", "extract(", "unpack_archive")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        archive = arg(call, "filename", 0)
        if archive is not None and module_constant(ctx, archive.value) is not NOT_CONSTANT:
            return  # an archive of the project's own, by a fixed name
        if not _filtered(call):
            _report(ctx, call, self.meta.message.format(name=name))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute):
            return
        method = node.func.attr.value
        if method not in ("extractall", "extract") or _filtered(node):
            return
        member = arg(node, "member", 0)
        if method == "extract" and (member is None or _checked_in_loop(member.value, ctx)):
            return
        receiver = node.func.value
        if method == "extractall" and _members_vetted(receiver, ctx):
            return
        if _opens_tar(receiver, ctx) or _bound_to_tar(receiver, ctx):
            _report(ctx, node, self.meta.message.format(name=method))

    flagged = """
        import shutil
        import tarfile
        import tarfile as tf
        from tarfile import open as open_tar

        def install(upload, dest):
            with tarfile.open(fileobj=upload) as tar:
                tar.extractall(dest)  # expect
            bundle = open_tar(upload.name, "r:gz")
            bundle.extract("manifest.json", dest)  # expect
            tf.open(upload.name).extractall(  # expect
                path=dest,
            )
            shutil.unpack_archive(upload.name, dest)  # expect

        def unsafe_filter(path, dest):
            archive = tarfile.TarFile(path)
            archive.extractall(dest, filter="fully_trusted")  # expect

        def inside(path, dest):
            from shutil import unpack_archive
            unpack_archive(path, dest, "gztar")  # expect

        def unchecked_loop(path, dest):
            with tarfile.open(path) as tar:
                for member in tar.getmembers():
                    print(member.name)
                    tar.extract(member, dest)  # expect

        def skipped_not_refused(path, dest):
            with tarfile.open(path) as tar:
                for member in tar.getmembers():
                    if member.name.startswith(("/", "..")):
                        continue  # skipping a member in a loop does not keep extractall() from it
                tar.extractall(dest)  # expect

        def every_member(path, dest):
            bundle = tarfile.open(path, "r:gz")
            bundle.extractall(path=dest, members=bundle.getmembers())  # expect
    """
    fixed = """
        import shutil
        import tarfile
        import tarfile as tf
        from tarfile import open as open_tar

        def install(upload, dest):
            with tarfile.open(fileobj=upload) as tar:
                tar.extractall(dest, filter="data")
            bundle = open_tar(upload.name, "r:gz")
            bundle.extract("manifest.json", dest, filter="data")
            tf.open(upload.name).extractall(
                path=dest,
                filter="data",
            )
            shutil.unpack_archive(upload.name, dest, filter="data")

        def unsafe_filter(path, dest):
            archive = tarfile.TarFile(path)
            archive.extractall(dest, filter="data")

        def inside(path, dest):
            from shutil import unpack_archive
            unpack_archive(path, dest, "gztar", filter="data")

        def unchecked_loop(path, dest):
            with tarfile.open(path) as tar:
                for member in tar.getmembers():
                    print(member.name)
                    tar.extract(member, dest, filter="data")

        def skipped_not_refused(path, dest):
            with tarfile.open(path) as tar:
                for member in tar.getmembers():
                    if member.name.startswith(("/", "..")):
                        continue  # skipping a member in a loop does not keep extractall() from it
                tar.extractall(dest, filter="data")

        def every_member(path, dest):
            bundle = tarfile.open(path, "r:gz")
            bundle.extractall(path=dest, members=bundle.getmembers(), filter="data")
    """
    safe = """
        import os
        import shutil
        import tarfile
        import zipfile

        def install(upload, dest):
            with tarfile.open(fileobj=upload) as tar:
                tar.extractall(dest, filter="data")
                tar.extract("manifest.json", dest, filter="tar")
                tar.extractall(dest, members=checked_members(tar))
            archive = tarfile.open(upload.name)
            archive.extraction_filter = tarfile.data_filter
            archive.extractall(dest)
            with zipfile.ZipFile(upload) as zipped:
                zipped.extractall(dest)
            shutil.unpack_archive(upload.name, dest, filter="data")

        def checked_members(tar):
            return [m for m in tar.getmembers() if m.isfile() and not m.name.startswith(("/", ".."))]

        def one_by_one(path, dest):
            with tarfile.open(path) as tar:
                for member in tar.getmembers():
                    if not member.isfile() or member.name.startswith(("/", "..")):
                        continue
                    tar.extract(member, dest)

        def vetted_first(path, dest):
            root = os.path.realpath(dest)
            with tarfile.open(path) as tar:
                for member in tar.getmembers():
                    target = os.path.realpath(os.path.join(root, member.name))
                    if member.issym() or not target.startswith(root + os.sep):
                        raise ValueError(f"{member.name} leaves {root}")
                tar.extractall(root)

        TOOLS = "vendor/tools.tar.gz"

        def unpack_tools():
            with tarfile.open(TOOLS) as bundle:  # shipped with the project, by a fixed name
                bundle.extractall("build")
            shutil.unpack_archive("vendor/fonts.tar", "build")
    """


def _report(ctx: Context, call: cst.Call, message: str) -> None:
    """Report, with the fix the guideline requires: extraction through the "data" filter."""
    data = cst.SimpleString('"data"')
    chosen = arg(call, "filter")
    if chosen is not None:  # filter="fully_trusted"
        ctx.report(call, message, data, 'extract with filter="data"', fix_target=chosen.value)
    elif not any(a.star for a in call.args):
        ctx.report(call, message, with_keyword(call, "filter", data), 'extract with filter="data"')
    else:
        ctx.report(call, message)


def _filtered(call: cst.Call) -> bool:
    """filter= other than "fully_trusted", or an explicit members= selection (`members=tar.getmembers()` is
    every member of the archive: no selection)."""
    chosen = arg(call, "filter")
    if chosen is not None:
        return string_text(chosen.value) != "fully_trusted"
    members = arg(call, "members")
    if members is not None:
        every = members.value
        return not (
            isinstance(every, cst.Call)
            and isinstance(every.func, cst.Attribute)
            and every.func.attr.value == "getmembers"
            and not every.args
        )
    return any(a.star == "**" for a in call.args)


def _checked_in_loop(member: cst.BaseExpression, ctx: Context) -> bool:
    """`for m in tar.getmembers(): if <check>: raise/continue ... tar.extract(m, dest)`: each member is
    checked before it is extracted (the remediation for interpreters without extraction filters)."""
    if not isinstance(member, cst.Name):
        return False
    for i in range(len(ctx.ancestors) - 1, 0, -1):
        loop = ctx.ancestors[i - 1]
        if not isinstance(loop, cst.For) or not isinstance(loop.body, cst.IndentedBlock):
            continue
        if not (isinstance(loop.target, cst.Name) and loop.target.value == member.value):
            return False
        statement = ctx.ancestors[i + 1] if i + 1 < len(ctx.ancestors) else None
        before = []
        for stmt in loop.body.body:
            if stmt is statement:
                break
            before.append(stmt)
        return any(isinstance(stmt, cst.If) and _exits(stmt.body) for stmt in before)
    return False


def _members_vetted(receiver: cst.BaseExpression, ctx: Context) -> bool:
    """A loop over the same archive's members, before the extraction in this block or an enclosing one,
    raises when a member fails a check on it: `for m in tar.getmembers(): if not inside(dest, m.name):
    raise ...` then `tar.extractall(dest)` extracts only archives whose every member passed."""
    archive = dotted(receiver)
    if archive is None:
        return False
    for i in range(len(ctx.ancestors) - 1):
        block, statement = ctx.ancestors[i], ctx.ancestors[i + 1]
        if not isinstance(block, (cst.IndentedBlock, cst.Module)):
            continue
        for stmt in block.body:
            if stmt is statement:
                break
            if isinstance(stmt, cst.For) and _vets_members(stmt, archive):
                return True
    return False


def _vets_members(loop: cst.For, archive: str) -> bool:
    if not isinstance(loop.target, cst.Name):
        return False
    source = loop.iter
    if isinstance(source, cst.Call) and isinstance(source.func, cst.Attribute) and not source.args:
        if source.func.attr.value not in ("getmembers", "getnames"):
            return False
        source = source.func.value
    if dotted(source) != archive:
        return False
    member = loop.target.value
    return any(
        isinstance(test.body, cst.IndentedBlock)
        and _raises(test.body)
        and any(name.value == member for name in iter_nodes(test.test, cst.Name))
        for test in iter_nodes(loop.body, cst.If)
    )


def _raises(block: cst.IndentedBlock) -> bool:
    last = block.body[-1] if block.body else None
    small = last.body[-1] if isinstance(last, cst.SimpleStatementLine) and last.body else None
    return isinstance(small, cst.Raise)


def _exits(block: cst.BaseSuite) -> bool:
    last = block.body[-1] if block.body else None
    if isinstance(block, cst.IndentedBlock) and isinstance(last, cst.SimpleStatementLine):
        last = last.body[-1] if last.body else None
    return isinstance(last, (cst.Raise, cst.Continue, cst.Return))


def _opens_tar(expr: cst.BaseExpression, ctx: Context) -> bool:
    """tarfile.open(...) of an archive that is not the project's own: any but a fixed file name (as
    INP101 trusts a pickle loaded from a fixed file name the service itself controls)."""
    if not isinstance(expr, cst.Call):
        return False
    name = ctx.qualname(expr.func) or ""
    if name in CLOSERS and expr.args:
        return _opens_tar(expr.args[0].value, ctx)
    if name not in TAR_OPENERS:
        return False
    path = arg(expr, "name", 0)
    return path is None or module_constant(ctx, path.value) is NOT_CONSTANT


def _bound_to_tar(expr: cst.BaseExpression, ctx: Context) -> bool:
    target = dotted(expr)
    if target is None:
        return False
    scope = ctx.function or ctx.module
    names = ctx.memo.get(("INP106 archives", id(scope)))
    if names is None:
        names = ctx.memo["INP106 archives", id(scope)] = _archive_names(scope, ctx)
    return target in names


def _archive_names(scope: cst.CSTNode, ctx: Context) -> set[str]:
    """Names (and dotted attributes) bound to tarfile.open(...) in this function, minus those that get an
    extraction_filter; nested functions excluded."""
    filtered = {
        dotted(t.target.value) or ""
        for node in iter_nodes(scope, cst.Assign)
        for t in node.targets
        if isinstance(t.target, cst.Attribute) and t.target.attr.value == "extraction_filter"
    }
    return names_bound(scope, lambda value: _opens_tar(value, ctx)) - filtered
