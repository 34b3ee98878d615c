"""A class another module of the project defines, read as libcst nodes from its own lines."""

from __future__ import annotations

import libcst as cst

from guidelint.engines.libcst.parsing import snippet_tree
from guidelint.semantic.project import Project
from guidelint.sourcelines import kept_python_lines


def project_class(project: Project, qualified: str) -> cst.ClassDef | None:
    """The class `qualified` of the project, parsed from the lines its module's outline gives it (the module's
    file recorded as read); None when the project defines no such class or its lines cannot be parsed."""
    module, _, name = qualified.rpartition(".")
    outline = project.summary(module) if module and project.defines(qualified) else None
    source = project.module_text(module) if outline is not None and name in outline.spans else None
    if outline is None or source is None:
        return None
    first, last = outline.spans[name]
    snippet = "".join(kept_python_lines(source[1])[first - 1 : last])
    tree = snippet_tree(source[0], snippet)
    body = tree.body if tree is not None else ()
    return next((s for s in body if type(s) is cst.ClassDef and s.name.value == name), None)
