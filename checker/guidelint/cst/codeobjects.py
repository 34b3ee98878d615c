"""What eval, exec and compile are given when it is not source text built from data: code objects (compiled
here, by a loader, or handed in), a Python source file's text, and compiles that only parse. For INP105."""

import libcst as cst

from guidelint.cst.api import Context
from guidelint.cst.arguments import arg
from guidelint.cst.bindings import assignments, parameter
from guidelint.cst.helpers import iter_calls, iter_nodes
from guidelint.semantic.constants import is_constant
from guidelint.semantic.formatting import string_text
from guidelint.semantic.names import dotted

_OPENERS = frozenset({"open", "builtins.open", "io.open", "codecs.open"})


def compiled_code(value: cst.BaseExpression, ctx: Context) -> bool:
    """What eval or exec is given is a code object: compile(...) itself (judged on its own), a name bound only
    to code objects (compiled in this function, or a loader's get_code()), a parameter every call passes
    compiled code, or one annotated types.CodeType."""
    if _code_object(value, ctx):
        return True
    if not isinstance(value, cst.Name):
        return False
    assigned = [a.value for a in assignments(ctx, value.value)]
    if assigned and all(v is not None and _code_object(v, ctx) for v in assigned):
        return True
    return _given_code_objects(value.value, ctx) or _typed_code_object(value.value, ctx)


def only_ast(call: cst.Call, ctx: Context) -> bool:
    """compile(..., flags=ast.PyCF_ONLY_AST) parses like ast.parse() and runs nothing; also with the flags
    in a local name set from PyCF_ONLY_AST and only ever given more flags with `|=`."""
    flags = arg(call, "flags", 3)
    if flags is None:
        return False
    if _names_only_ast(flags.value):
        return True
    if not isinstance(flags.value, cst.Name):
        return False
    bound = assignments(ctx, flags.value.value)
    plain = [a for a in bound if not isinstance(a.node, cst.AugAssign)]
    return bool(plain) and all(
        isinstance(a.node.operator, cst.BitOrAssign)
        if isinstance(a.node, cst.AugAssign)
        else a.value is not None and _names_only_ast(a.value)
        for a in bound
    )


def _names_only_ast(flags: cst.CSTNode) -> bool:
    stack: list[cst.CSTNode] = [flags]
    while stack:
        node = stack.pop()
        if isinstance(node, cst.Name) and node.value == "PyCF_ONLY_AST":
            return True
        if isinstance(node, cst.Attribute) and node.attr.value == "PyCF_ONLY_AST":
            return True
        stack.extend(node.children)
    return False


def runs_source_file(call: cst.Call, ctx: Context) -> bool:
    """compile(handle.read(), path, "exec"): running a Python source file (what execfile() and
    runpy.run_path do), not evaluating data; the file name is a real path, not a literal."""
    source, filename, mode = arg(call, "source", 0), arg(call, "filename", 1), arg(call, "mode", 2)
    if source is None or filename is None or mode is None or is_constant(filename.value):
        return False
    if string_text(mode.value) != "exec":
        return False
    value = source.value
    if isinstance(value, cst.Name):
        assigned = [a.value for a in assignments(ctx, value.value)]
        return bool(assigned) and all(v is not None and _reads_file(v) for v in assigned)
    return _reads_file(value)


def file_text(expr: cst.BaseExpression, ctx: Context) -> bool:
    """open(path).read(), or handle.read() inside `with open(path) as handle:`: the text of a file on disk
    (the execfile() idiom of Python 3), or path.read_text(), pathlib's spelling of it: not a string built from data;
    who chose the path is INP404's concern."""
    if not (isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute)):
        return False
    if expr.func.attr.value == "read_text":
        return True
    if expr.func.attr.value != "read":
        return False
    handle = expr.func.value
    if isinstance(handle, cst.Call):
        return ctx.qualname(handle.func) in _OPENERS
    if not isinstance(handle, cst.Name):
        return False
    return any(
        isinstance(node, cst.With)
        and any(
            isinstance(item.asname, cst.AsName)
            and isinstance(item.asname.name, cst.Name)
            and item.asname.name.value == handle.value
            and isinstance(item.item, cst.Call)
            and ctx.qualname(item.item.func) in _OPENERS
            for item in node.items
        )
        for node in ctx.ancestors
    )


def _reads_file(expr: cst.BaseExpression) -> bool:
    """handle.read(), path.read_text(), or a loader's get_source(name) / get_data(path): the text of a
    module found by the import system, which an import hook compiles as Python itself would."""
    return (
        isinstance(expr, cst.Call)
        and isinstance(expr.func, cst.Attribute)
        and expr.func.attr.value in ("read", "read_text", "read_bytes", "get_source", "get_data")
    )


def _code_object(expr: cst.BaseExpression, ctx: Context) -> bool:
    """A code object, not source text: compile(...) (judged where it is called), a loader's
    get_code(name), which the import protocol defines to return the module's compiled code, types.CodeType(...)
    built from another code object's parts, or a code object's copy with fields changed
    (`code.replace(co_name=...)`: str.replace takes no keywords)."""
    if not isinstance(expr, cst.Call):
        return False
    if isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "get_code":
        return True
    if isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "replace" and expr.args:
        return all(a.keyword is not None and a.keyword.value.startswith("co_") for a in expr.args)
    return (ctx.qualname(expr.func) or "") in ("compile", "builtins.compile", "types.CodeType")


def _typed_code_object(name: str, ctx: Context) -> bool:
    """`name` is a parameter of the function, not reassigned in it, whose annotation is types.CodeType: what
    the function is given is compiled code (judged where its compile() is), not source text."""
    param = parameter(ctx.function, name)
    if param is None or param.annotation is None or assignments(ctx, name):
        return False
    annotation = param.annotation.annotation
    return isinstance(annotation, (cst.Name, cst.Attribute)) and ctx.qualname(annotation) == "types.CodeType"


def _given_code_objects(name: str, ctx: Context) -> bool:
    """`name` is a parameter of the method being checked, and every call of that method in the module
    passes a code object there: compile(...) itself, a call of a method of the module that returns one,
    or an attribute every assignment of which is such a call (`self.schema = self._compile(path)`)."""
    function = ctx.function
    if function is None:
        return False
    params = [p.name.value for p in function.params.params]
    if name not in params:
        return False
    method = bool(ctx.classes) and params[:1] in (["self"], ["cls"])
    position = params.index(name) - (1 if method else 0)
    callee = function.name.value
    given: list[cst.BaseExpression] = []
    for call in iter_calls(ctx.module):
        func = call.func
        called = (
            func.attr.value if isinstance(func, cst.Attribute) else func.value if isinstance(func, cst.Name) else ""
        )
        if called != callee:
            continue
        found = arg(call, name, position)
        if found is None or found.star:
            return False
        given.append(found.value)
    return bool(given) and all(_compiled(v, ctx) or _compiled_attribute(v, ctx) for v in given)


def _compiled(expr: cst.BaseExpression, ctx: Context) -> bool:
    """compile(...), a loader's get_code(), or a call of a function of the module whose every return is one."""
    if _code_object(expr, ctx):
        return True
    if not isinstance(expr, cst.Call):
        return False
    func = expr.func
    called = func.attr.value if isinstance(func, cst.Attribute) else func.value if isinstance(func, cst.Name) else ""
    returns: list[cst.Return] = []
    for definition in iter_nodes(ctx.module, cst.FunctionDef):
        if definition.name.value == called:
            returns.extend(iter_nodes(definition.body, cst.Return))
    return bool(returns) and all(r.value is not None and _code_object(r.value, ctx) for r in returns)


def _compiled_attribute(expr: cst.BaseExpression, ctx: Context) -> bool:
    """`self.schema` when every assignment to it in the module is a code object (`_compiled`)."""
    if not (isinstance(expr, cst.Attribute) and isinstance(expr.value, cst.Name) and expr.value.value == "self"):
        return False
    values = [
        node.value
        for node in iter_nodes(ctx.module, cst.Assign)
        if any(dotted(t.target) == f"self.{expr.attr.value}" for t in node.targets)
    ]
    return bool(values) and all(_compiled(v, ctx) for v in values)
