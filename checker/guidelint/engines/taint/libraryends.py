"""Functions of the project that end in a library: every `return` is a call of a name the module imports from
a library (`return flask_render_template(name, **extra)`, `return jinja.get_template(name).render(**ctx)`). A
call chain reaching one just past the summaries' module limit still reads it (its own calls into the project are
cut there): what it returns is then judged by the library call the models know (an autoescaped page is no text
of its arguments), where a callee not read would return its arguments' text."""

from __future__ import annotations

import ast

from guidelint.semantic.project import Project
from guidelint.semantic.summary import ModuleSummary
from guidelint.sourcelines import kept_python_lines


def returns_library_call(project: Project, qualified: str) -> bool:
    """Whether the function `qualified` (module-level) of the project returns a library call and nothing else,
    or is a name its module only re-exports (no hop: what it names is asked in turn)."""
    module, _, name = qualified.rpartition(".")
    outline = project.summary(module) if module else None
    if outline is None:
        return False
    if name in outline.imports and name not in outline.spans:
        return True
    span = outline.spans.get(name)
    source = project.module_text(module) if span is not None and name not in outline.methods else None
    if span is None or source is None:
        return False
    lines = kept_python_lines(source[1])[span[0] - 1 : span[1]]
    try:
        tree = ast.parse("".join(lines).lstrip())
    except (SyntaxError, ValueError, RecursionError):
        return False
    fn = tree.body[0] if len(tree.body) == 1 else None
    if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return False
    returned = [n.value for n in ast.walk(fn) if isinstance(n, ast.Return)]
    return bool(returned) and all(_library_call(project, outline, value) for value in returned)


def _library_call(project: Project, outline: ModuleSummary, value: ast.expr | None) -> bool:
    """`flask_render_template(...)` or `jinja.get_template(n).render(...)` of a name imported from a library."""
    if not isinstance(value, ast.Call):
        return False
    func = value.func
    while isinstance(func, (ast.Attribute, ast.Call)):
        func = func.value if isinstance(func, ast.Attribute) else func.func
    target = outline.imports.get(func.id) if isinstance(func, ast.Name) else None
    return target is not None and not project.defines(target)
