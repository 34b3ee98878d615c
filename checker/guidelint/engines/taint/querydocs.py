"""What a `literal-ok` sink fears of the query document it is given: a display built in code is no query text,
but what it holds under the sink's `literal-keys` is (the operators of a MongoDB filter that take JavaScript,
a search's script source or query-string text), as are the keys of a mapping unpacked into it that the code does
not choose and, for a sink with `operator-values`, a parsed JSON document under a field (documents.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.cst.children import children
from guidelint.engines.taint.documents import is_display, parsed_documents, passed_as_is
from guidelint.engines.taint.labels import CLEAN, Env, Label, Taint, union
from guidelint.engines.taint.syntax import allowed_keys, bound_values
from guidelint.semantic.constants import constant_value

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

LITERALS = (cst.Dict, cst.List, cst.Tuple)
WHOLE = "#whole"
"""The mark of a parameter that reached a `literal-ok` sink as the whole argument (`def matching(criteria):
coll.find(criteria)`), with the sink's literal keys (`#whole:source,inline`; `#whole+:...` for one reading
operator values): a call passing a display built in code is read as that display would be (`reread`). A summary
keeps the sink's kind only, so what it fears of a display travels in the mark."""
FIELD = "#field"
"""The mark of a parameter that reached an `operator-values` sink under a field (`coll.find({"author": author})`):
a call passing it does harm only with a parsed JSON document (`reread`)."""


def _marked(taint: Taint, mark: str) -> Taint:
    """The parameter labels of `taint` (a function summarised), marked."""
    return frozenset(replace(label, cleared=label.cleared | {mark}) for label in taint if label.param >= 0)


def reread(label: Label, actual: Taint, passed: cst.BaseExpression | None) -> Taint:
    """What a call's argument does at a `literal-ok` sink a parameter of the callee (`label`) reaches: under a
    field, only a parsed JSON document (or the caller's own parameter, still under a field); whole, a display
    passed here is judged as the sink judges one, by the keys each value is held under (found by its flow's
    nodes: `matching({"author": str(body["a"])})` is quiet, `matching({"$where": js})` is not)."""
    if FIELD in label.cleared:
        return union(parsed_documents(actual), _marked(passed_as_is(actual), FIELD))
    whole = next((mark for mark in label.cleared if mark.startswith(WHOLE)), None)
    if whole is None or not isinstance(passed, LITERALS):
        return actual
    documents = whole.startswith(WHOLE + "+")
    keys = frozenset(filter(None, whole.partition(":")[2].split(",")))
    return frozenset(found for found in actual if _feared(found, passed, keys, documents))


def _feared(label: Label, display: cst.BaseExpression, keys: frozenset[str], documents: bool) -> bool:
    """Whether a value passed in a display is one a `literal-ok` sink fears: held under one of its literal keys
    or unpacked (`**`), or a parsed document under a field of an `operator-values` sink; a value whose flow has
    no node in the display (it entered some other way) is."""
    nodes = {id(node) for node, _ in label.steps}
    path = _held(display, nodes)
    if path is None or "**" in path or any(key in keys for key in path):
        return True
    if documents and path and not path[-1].startswith("$"):
        return label.param >= 0 or bool(parsed_documents(frozenset({label})))
    return False


def _held(node: cst.CSTNode, nodes: set[int], depth: int = 0) -> list[str] | None:
    """The keys of the display under which the first node of `nodes` in it is held (None: none is in it)."""
    if id(node) in nodes:
        return []
    if depth > 12:
        return None
    if type(node) is cst.Dict:
        for element in node.elements:
            found = _held(element.value, nodes, depth + 1)
            if found is not None:
                if type(element) is not cst.DictElement:
                    return ["**", *found]
                key = constant_value(element.key)
                return [key if isinstance(key, str) else "**", *found]
        return None
    for child in children(node):
        found = _held(child, nodes, depth + 1)
        if found is not None:
            return found
    return None


class QueryDocument:
    """The reading of one argument of a `literal-ok` sink in function `fn` (None at module level)."""

    def __init__(
        self,
        a: Analysis,
        fn: cst.FunctionDef | None,
        constant: Callable[[cst.BaseExpression], bool],
        env: Env,
        keys: frozenset[str],
        documents: bool,
    ) -> None:
        self.a, self.fn, self.constant, self.env, self.keys, self.documents = a, fn, constant, env, keys, documents

    def taint(self, expr: cst.BaseExpression, taint: Taint) -> Taint:
        """Of a display built in code, its values under the sink's `literal-keys`; the same of a name only ever
        assigned displays in the function (`q = {"desk": desk}; find(q)`) or a comprehension whose keys come
        from a constant collection; else all of it (`taint`)."""
        if isinstance(expr, LITERALS):
            return self.under_keys(expr)
        bound = self.kept(expr) if self.keys else None
        if bound is None:  # whole: a parameter so passed is judged again where a call passes a display
            mark = f"{WHOLE}{'+' if self.documents else ''}:{','.join(sorted(self.keys))}"
            return union(frozenset(label for label in taint if label.param < 0), _marked(taint, mark))
        return union(*(self.under_keys(v) for v in bound))

    def kept(self, expr: cst.BaseExpression) -> list[cst.BaseExpression] | None:
        """The displays and key-choosing comprehensions `expr` is, or a local name is only ever assigned."""
        bound: list[cst.BaseExpression] | None = [expr] if isinstance(expr, cst.DictComp) else None
        if type(expr) is cst.Name and self.fn is not None:
            bound = bound_values(self.fn, expr.value)
        if not bound or not all(isinstance(v, LITERALS) or allowed_keys(v, self.constant) for v in bound):
            return None
        return bound

    def under_keys(self, literal: cst.BaseExpression, depth: int = 0) -> Taint:
        """The taint of the values a literal holds under the keys, in nested dicts and lists too: the operators
        of a MongoDB filter that take JavaScript, {"$and": [{"$where": f"this.name == '{name}'"}]}, also in a
        display kept in a name ({"$expr": {"$gt": [score, 10]}} with score = {"$function": ...}); of a mapping
        unpacked into it ({**request.json}), whose keys the code does not choose; and the value of a (name,
        value) pair of a list (WSGI's and werkzeug's header lists: [("Location", url)])."""
        found: Taint = CLEAN
        if depth > 4:
            return found
        if type(literal) is cst.Name and depth:
            shown = self.kept(literal)
            return union(*(self.under_keys(v, depth + 1) for v in shown if isinstance(v, LITERALS))) if shown else found
        if isinstance(literal, (cst.List, cst.Tuple)):
            pair = literal.elements
            if type(literal) is cst.Tuple and len(pair) == 2 and constant_value(pair[0].value) in self.keys:
                return self.a.eval(pair[1].value, self.env)  # [("Location", url)]: a header list's pair
            for item in literal.elements:
                found = union(found, self.under_keys(item.value, depth + 1))
            return found
        if type(literal) is not cst.Dict:
            return found
        for element in literal.elements:
            if type(element) is not cst.DictElement:
                found = union(found, self.unpacked(element.value, depth))
                continue
            key = constant_value(element.key)
            if key in self.keys:
                found = union(found, self.a.eval(element.value, self.env))
            elif self.documents and isinstance(key, str) and not key.startswith("$") and not is_display(element.value):
                held = self.a.eval(element.value, self.env)  # {"owner": body["o"]}; a parameter: where it is passed
                found = union(found, parsed_documents(held), _marked(passed_as_is(held), FIELD))
            else:
                found = union(found, self.under_keys(element.value, depth + 1))
        return found

    def unpacked(self, value: cst.BaseExpression, depth: int) -> Taint:
        """{**mapping}: keys the code does not write, any of them; but a comprehension that keeps only keys of a
        constant collection ({**{k: str(v) for k, v in body.items() if k in FIELDS}}), or a name only ever
        assigned one or a display, holds keys the code chose: only its values are judged, as a field's."""
        bound = self.kept(value)
        if bound is None:
            return self.a.eval(value, self.env)
        found: Taint = CLEAN
        for shown in bound:
            if isinstance(shown, LITERALS):
                found = union(found, self.under_keys(shown, depth + 1))
            elif self.documents:
                found = union(found, parsed_documents(self.a.eval(shown, self.env)))
        return found
