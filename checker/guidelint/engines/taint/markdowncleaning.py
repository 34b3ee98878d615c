"""Markdown whose own extension cleans the HTML it makes: `markdown.markdown(text, extensions=[Cleaning()])`.

Python-Markdown passes the HTML it serialised through the registered postprocessors, highest priority first;
the raw-HTML postprocessor (priority 30) puts back the markup the text spelled out. An extension of this module
whose `extendMarkdown` registers, at a constant priority below 30, a postprocessor of this module whose `run`
returns an HTML sanitizer's result for the text it is given (`return bleach.clean(text, tags=...)`) cleans the
whole output, raw HTML included: the conversion is that sanitizer. Registered at 30 or above it runs before the
raw HTML is put back, and proves nothing; so does a postprocessor that returns its text otherwise, an extension
named by a string (a library's), or an extension list the function binds more than once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.cst.children import descendants
from guidelint.engines.taint.factkeys import parents_of
from guidelint.engines.taint.projectclass import project_class
from guidelint.semantic.names import dotted

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

CONVERTERS = frozenset({"markdown.markdown"})
RAW_HTML_PRIORITY = 30  # markdown.postprocessors.RawHtmlPostprocessor's
_PARENTS = "markdown-parents"
_CLASSES = "markdown-classes"


def cleaned_markdown(a: Analysis, call: cst.Call, name: str) -> frozenset[str] | None:
    """The sink kinds a markdown conversion's own cleaning extension clears (None: no such extension)."""
    if name not in CONVERTERS:
        return None
    given = next((g.value for g in call.args if g.keyword is not None and g.keyword.value == "extensions"), None)
    if given is None:
        return None
    found: frozenset[str] | None = None
    for element in _elements(a, call, given):
        kinds = _extension_cleans(a, element)
        if kinds is not None:
            found = kinds if found is None else found | kinds
    return found


def _elements(a: Analysis, call: cst.Call, given: cst.BaseExpression) -> list[cst.BaseExpression]:
    """The extensions a list literal names, or the list literal a name is bound to once in the function."""
    if type(given) in (cst.List, cst.Tuple):
        return [e.value for e in given.elements if type(e) is cst.Element]  # type: ignore[attr-defined]
    if type(given) is not cst.Name:
        return []
    fn = _enclosing_function(a, call)
    if fn is None:
        return []
    bound = [
        node.value
        for node in descendants(fn.body)
        if type(node) is cst.Assign
        and any(type(t.target) is cst.Name and t.target.value == given.value for t in node.targets)
    ]
    rebound = any(
        type(node) in (cst.AugAssign, cst.AnnAssign)
        and type(node.target) is cst.Name  # type: ignore[attr-defined]
        and node.target.value == given.value  # type: ignore[attr-defined]
        for node in descendants(fn.body)
    )
    if len(bound) != 1 or rebound:
        return []
    return _elements(a, call, bound[0]) if type(bound[0]) in (cst.List, cst.Tuple) else []


def _enclosing_function(a: Analysis, node: cst.CSTNode) -> cst.FunctionDef | None:
    parents = a.memo.get(_PARENTS)
    if parents is None:
        parents = a.memo[_PARENTS] = parents_of(a.module)
    current = parents.get(id(node))
    while current is not None and type(current) is not cst.FunctionDef:
        current = parents.get(id(current))
    return current if type(current) is cst.FunctionDef else None


def _method(a: Analysis, cls: cst.Name, name: str) -> cst.FunctionDef | None:
    """A method a top-level class of this module, or of the project module it is imported from, defines in
    its body (a function summarised for a caller in another module sees its module's other classes as names)."""
    classes: dict[str, dict[str, cst.FunctionDef]] | None = a.memo.get(_CLASSES)
    if classes is None:
        classes = a.memo[_CLASSES] = {s.name.value: _methods(s) for s in a.module.body if type(s) is cst.ClassDef}
    if cls.value in classes:
        return classes[cls.value].get(name)
    qualified = a.names.qualname(cls)
    key = (_CLASSES, qualified)
    if key not in a.memo:
        a.memo[key] = _project_class(a, qualified) if qualified else {}
    found: cst.FunctionDef | None = a.memo[key].get(name)
    return found


def _methods(cls: cst.ClassDef) -> dict[str, cst.FunctionDef]:
    return {m.name.value: m for m in cls.body.body if type(m) is cst.FunctionDef}


def _project_class(a: Analysis, qualified: str) -> dict[str, cst.FunctionDef]:
    """The methods of a class another module of the project defines (its file recorded as read)."""
    cls = project_class(a.project.project, qualified) if a.project is not None else None
    return _methods(cls) if cls is not None else {}


def _extension_cleans(a: Analysis, element: cst.BaseExpression) -> frozenset[str] | None:
    """What an extension instance of this module cleans through the postprocessors its extendMarkdown registers."""
    if type(element) is not cst.Call or type(element.func) is not cst.Name:
        return None
    extend = _method(a, element.func, "extendMarkdown")
    if extend is None:
        return None
    found: frozenset[str] | None = None
    for node in descendants(extend.body):
        if type(node) is not cst.Call or type(node.func) is not cst.Attribute or node.func.attr.value != "register":
            continue
        registry = node.func.value
        if type(registry) is not cst.Attribute or registry.attr.value != "postprocessors":
            continue
        item, priority = _given(node, 0, "item"), _given(node, 2, "priority")  # register(item, name, priority)
        if item is None or type(priority) is not cst.Integer or priority.evaluated_value >= RAW_HTML_PRIORITY:
            continue
        kinds = _run_cleans(a, item)
        if kinds is not None:
            found = kinds if found is None else found | kinds
    return found


def _given(call: cst.Call, position: int, keyword: str) -> cst.BaseExpression | None:
    """The argument of a call at a position (before any keyword) or by its keyword."""
    positional = [g for g in call.args if g.keyword is None and not g.star]
    if position < len(positional):
        return positional[position].value
    return next((g.value for g in call.args if g.keyword is not None and g.keyword.value == keyword), None)


def _run_cleans(a: Analysis, made: cst.BaseExpression) -> frozenset[str] | None:
    """The kinds a postprocessor of this module clears: every `return` of its run() a sanitizer of its text."""
    if type(made) is not cst.Call or type(made.func) is not cst.Name:
        return None
    run = _method(a, made.func, "run")
    if run is None or len(run.params.params) != 2:
        return None
    text = run.params.params[1].name.value
    returns = [n for n in descendants(run.body) if type(n) is cst.Return]
    found: frozenset[str] | None = None
    for ret in returns:
        value = ret.value
        if type(value) is not cst.Call or not value.args:
            return None
        first = value.args[0].value
        if value.args[0].keyword is not None or type(first) is not cst.Name or first.value != text:
            return None
        callee = a.names.qualname(value.func) or dotted(value.func) or ""
        kinds = a.sanitizers.kinds(callee, None)
        if kinds is None or "html" not in kinds:
            return None
        found = kinds if found is None else found & kinds
    return found
