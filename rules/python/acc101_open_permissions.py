"""Files and directories made writable by every local user."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, bound_value, constant_value, iter_calls, last_word
from guidelint.cst.children import children

OTHERS_WRITE = 0o002
# callee -> (keyword, position) of the mode
MODE_ARGS = {
    "os.chmod": ("mode", 1),
    "os.fchmod": ("mode", 1),
    "os.lchmod": ("mode", 1),
    "os.mkdir": ("mode", 1),
    "os.makedirs": ("mode", 1),
    "os.open": ("mode", 2),
    "os.umask": ("mask", 0),
}
# creation calls whose mode is filtered by the umask: passing their default mode changes nothing
DEFAULT_MODES = {"os.mkdir": 0o777, "os.makedirs": 0o777, "os.open": 0o666}
OPEN_BITS = frozenset({"stat.S_IWOTH", "stat.S_IRWXO"})


class OpenPermissions(Rule):
    meta = RuleMeta.of(
        id="ACC101",
        clause="SG-1.4",
        title="World-writable file permissions",
        severity="high",
        confidence="high",
        cwe=[732, 276],  # 276: the permissions a file is created or installed with
        owasp="A01:2021-Broken Access Control",
        message="{name} lets every local user write to the file or directory",
        rationale=(
            "A file or directory that any local account can write lets other users and compromised "
            "processes on the host replace code, configuration or data, and a umask of 0 does the same for "
            "every file the process creates. It defeats the restricted access and file-server separation "
            "that keep clients' confidential and insider information with the service that owns it."
        ),
        remediation=(
            "Grant permissions to the owning service only: 0o600 for files and 0o700 for directories "
            "(0o640/0o750 when a group must read), e.g. os.chmod(path, 0o600), os.makedirs(path, "
            "mode=0o700); never clear the umask (keep os.umask(0o077) or the default)."
        ),
        references=(
            "https://docs.python.org/3/library/os.html#os.chmod",
            "https://docs.python.org/3/library/stat.html#stat.S_IWOTH",
        ),
    )
    calls = tuple(MODE_ARGS)
    nodes = (cst.Call, cst.BinaryOperation, cst.AugAssign)
    needles = ("chmod", "mkdir", "makedirs", "umask", "O_CREAT", "S_IWOTH", "S_IRWXO")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        keyword, position = MODE_ARGS[name]
        mode = arg(call, keyword, position)
        if mode is None:
            return
        value = _int_mode(mode.value, ctx)
        if value is None or (name == "os.open" and _never_creates(call, ctx)):
            return
        if name == "os.umask":
            if not value & OTHERS_WRITE and not _umask_probe(call, ctx):
                ctx.report(call, self.meta.message.format(name=f"os.umask({oct(value)})"))
        elif value & OTHERS_WRITE and value != DEFAULT_MODES.get(name):
            ctx.report(call, self.meta.message.format(name=f"{name}(mode={oct(value)})"))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.Call):
            # path.chmod(0o777) on a pathlib.Path (or any object with a chmod method)
            func = node.func
            if not (isinstance(func, cst.Attribute) and func.attr.value == "chmod"):
                return
            if ctx.qualname(func) in MODE_ARGS:
                return  # os.chmod: check_call
            mode = arg(node, "mode", 0)
            value = _int_mode(mode.value, ctx) if mode is not None else None
            if value is not None and value & OTHERS_WRITE:
                ctx.report(node, self.meta.message.format(name=f".chmod({oct(value)})"))
            return
        if isinstance(node, cst.AugAssign):
            if isinstance(node.operator, cst.BitOrAssign) and _open_bit(node.value, ctx):
                ctx.report(node, self.meta.message.format(name=f"adding {_open_bit(node.value, ctx)}"))
            return
        if not isinstance(node, cst.BinaryOperation) or not isinstance(node.operator, cst.BitOr):
            return
        parent = ctx.ancestors[-1] if ctx.ancestors else None
        if not isinstance(parent, (cst.Arg, cst.Assign, cst.AnnAssign, cst.Param, cst.Return)):
            return  # part of a larger expression: a test (st_mode & (...)), a removal (& ~(...)), a chain
        bit = _open_bit(node, ctx)
        if bit and not (isinstance(parent, (cst.Assign, cst.AnnAssign)) and _only_a_mask(parent, ctx)):
            ctx.report(node, self.meta.message.format(name=f"a mode including {bit}"))

    flagged = """
        import os
        import stat
        from pathlib import Path
        from os import chmod as change_mode
        from stat import S_IRWXU, S_IRWXO

        def publish(path, directory):
            os.chmod(path, 0o777)  # expect
            change_mode(path, mode=0o666)  # expect
            os.makedirs(directory, mode=0o1777, exist_ok=True)  # expect
            fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o662)  # expect
            Path(path).chmod(0o646)  # expect
            os.chmod(path, S_IRWXU | S_IRWXO)  # expect
            return fd

        SHARED_MODE = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO  # expect

        PUBLIC = 0o666

        def exported(path):
            os.chmod(path, PUBLIC)  # expect

        def shared(path):
            mode = os.stat(path).st_mode
            mode |= stat.S_IWOTH  # expect
            os.chmod(path, mode)

        def worker():
            import os as system
            system.umask(0)  # expect

        def share(path, mode):
            extra = stat.S_IRWXO | stat.S_ISVTX  # expect
            os.chmod(path, (mode & ~extra) | extra)

        _GROUP_SHARED: int = stat.S_IRWXG | stat.S_IWOTH  # expect

        def hand_over(path):
            os.chmod(path, _GROUP_SHARED)

        class Layout:
            OPEN_MASK = stat.S_IRWXU | stat.S_IRWXO  # expect

        def publish_tree(path):
            os.chmod(path, Layout.OPEN_MASK)
    """
    safe = """
        import os
        import stat
        from pathlib import Path

        def store(path, directory):
            os.makedirs(directory, mode=0o700, exist_ok=True)
            fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_EXCL, 0o600)
            os.chmod(path, 0o640)
            os.chmod(directory, 0o755)
            Path(directory).chmod(0o750)
            os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
            os.umask(0o077)
            os.makedirs(directory, 0o777, exist_ok=True)
            reader = os.open(path, os.O_RDONLY, 0o777)
            return fd, reader, os.open(path, os.O_CREAT | os.O_WRONLY, 0o666)

        def current_umask():
            mask = os.umask(0)
            os.umask(mask)
            return mask

        def tighten(path):
            mode = os.stat(path).st_mode
            os.chmod(path, mode & ~(stat.S_IWGRP | stat.S_IWOTH))
            if mode & (stat.S_IWGRP | stat.S_IRWXO):
                raise PermissionError(path)
            return bool(mode & stat.S_IWOTH)

        def set_others(path, bits):
            mask = stat.S_IRWXO | stat.S_ISVTX
            current = os.stat(path).st_mode
            os.chmod(path, (current & (mask ^ 0o7777)) | (bits & 0o005))

        _OTHERS_WRITE: int = stat.S_IWGRP | stat.S_IWOTH

        def publish_private(path, mode):
            os.chmod(path, mode & ~_OTHERS_WRITE)

        class Bundle:
            PERMISSIONS_MASK = stat.S_IRWXU | stat.S_IRWXG | stat.S_IRWXO

            def copy_mode(self, source, target):
                os.chmod(target, os.stat(source).st_mode & self.PERMISSIONS_MASK)
                return os.stat(target).st_mode & Bundle.PERMISSIONS_MASK
    """


def _open_bit(expr: cst.BaseExpression, ctx: Context) -> str | None:
    """The first of S_IWOTH / S_IRWXO or-ed into the expression, if any."""
    stack = [expr]
    while stack:
        current = stack.pop()
        if isinstance(current, cst.BinaryOperation) and isinstance(current.operator, cst.BitOr):
            stack.extend((current.right, current.left))
        elif isinstance(current, (cst.Name, cst.Attribute)):
            name = ctx.qualname(current)
            if name in OPEN_BITS:
                return name
    return None


def _only_a_mask(assign: cst.Assign | cst.AnnAssign, ctx: Context) -> bool:
    """`mask = stat.S_IRWXO | stat.S_ISVTX` in a function that only uses `mask` to clear or test bits
    (`mode & ~mask`, `mask ^ ALL_BITS`, `st_mode & mask`): the bits are taken away or looked at, not given.
    A private module constant (`_OTHERS_WRITE: Final = ...`) is judged by its uses in the whole module."""
    if isinstance(assign, cst.AnnAssign):
        target: cst.BaseExpression = assign.target
    elif len(assign.targets) == 1:
        target = assign.targets[0].target
    else:
        return False
    if not isinstance(target, cst.Name):
        return False
    name = target.value
    if ctx.function is not None:
        scope: cst.CSTNode = ctx.function.body
    elif name.startswith("_") or last_word(name) == "mask":
        scope = ctx.module  # no other module is meant to import it, or its name says it masks: this module's uses
    else:
        return False
    uses = 0
    stack: list[tuple[cst.CSTNode, cst.CSTNode | None]] = [(scope, None)]
    while stack:
        node, parent = stack.pop()
        if node is target:
            continue
        if isinstance(node, cst.Attribute) and node.attr.value == name and ctx.function is None:
            node = node.attr  # Cls.PERMISSIONS_MASK, self.PERMISSIONS_MASK: a class constant, judged as the name
        elif isinstance(node, cst.Attribute) and node.attr.value == name:
            stack.append((node.value, node))
            continue
        if isinstance(node, cst.Name) and node.value == name and not isinstance(parent, cst.AssignTarget):
            masking = isinstance(parent, cst.UnaryOperation) and isinstance(parent.operator, cst.BitInvert)
            masking = masking or (
                isinstance(parent, cst.BinaryOperation) and isinstance(parent.operator, (cst.BitAnd, cst.BitXor))
            )
            if not masking:
                return False
            uses += 1
        stack.extend((child, node) for child in children(node))
    return uses > 0


def _int_mode(expr: cst.BaseExpression, ctx: Context) -> int | None:
    """An integer literal, or literals combined with | (and &), also through a name bound only to one
    (PERMS = 0o666; os.chmod(path, PERMS))."""
    if isinstance(expr, cst.Name):
        expr = bound_value(ctx, expr.value) or expr
    value = constant_value(expr)
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _umask_probe(call: cst.Call, ctx: Context) -> bool:
    """`old = os.umask(0)` followed by `os.umask(old)`: reading the umask, not clearing it."""
    parent = ctx.ancestors[-1] if ctx.ancestors else None
    if not (isinstance(parent, cst.Assign) and isinstance(parent.targets[0].target, cst.Name)):
        return False
    saved = parent.targets[0].target.value
    scope: cst.CSTNode = ctx.function.body if ctx.function is not None else ctx.module
    for other in iter_calls(scope):
        if (
            ctx.qualname(other.func) == "os.umask"
            and other.args
            and isinstance(other.args[0].value, cst.Name)
            and other.args[0].value.value == saved
        ):
            return True
    return False


def _never_creates(call: cst.Call, ctx: Context) -> bool:
    """os.open flags written out without O_CREAT/O_TMPFILE: the mode is never used."""
    flags = arg(call, "flags", 1)
    if flags is None:
        return False
    stack = [flags.value]
    while stack:
        current = stack.pop()
        if isinstance(current, cst.BinaryOperation) and isinstance(current.operator, cst.BitOr):
            stack.extend((current.left, current.right))
            continue
        name = ctx.qualname(current) if isinstance(current, (cst.Name, cst.Attribute)) else None
        if name is None or not name.startswith("os.O_") or name in ("os.O_CREAT", "os.O_TMPFILE"):
            return False
    return True
