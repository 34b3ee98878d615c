"""A `logging.LoggerAdapter` of the module whose `process()` writes the adapter's extra into every message.

`audit = CallAdapter(log, {"call": request.form["call"]})` and then `audit.warning("feedback received")`:
the message is a constant, but the logging library calls `process(msg, kwargs)` of the adapter on it, and
a `process` that returns `f"[call {self.extra['call']}] {msg}"` writes what the adapter was made with into
the log line. The base class's own `process` only hands the extra to the record (`kwargs["extra"]`), which
is no part of the message, so only an override that puts `self.extra` into the message it returns counts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.labels import Taint
from guidelint.engines.taint.syntax import _walk
from guidelint.semantic.names import dotted

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

LOG_METHODS = frozenset({"debug", "info", "warning", "warn", "error", "exception", "critical", "log"})
ADAPTERS = frozenset({"logging.LoggerAdapter"})


def logged_extra(a: Analysis, call: cst.Call, func: cst.Attribute, receiver: Taint) -> None:
    """Report what an adapter instance of the module was made with where a log call on it runs a `process()`
    that writes `self.extra` into the message."""
    if func.attr.value not in LOG_METHODS or type(func.value) is not cst.Name or not receiver:
        return
    cls = a.instances.get(func.value.value)
    if cls is None or "log" not in a.sink_kinds or not _adapter(a, cls, set()):
        return
    process = _method(a, cls, "process", set())
    if process is None or not _extra_in_message(process):
        return
    sink = next((s for s in a.sink_methods.get(func.attr.value, ()) if s.kind == "log"), None)
    if sink is not None:
        a.sinks.check(sink, call, f"{func.value.value}.{func.attr.value}() ({cls}.process)", receiver)


def _adapter(a: Analysis, cls: str, seen: set[str]) -> bool:
    """The module's class `cls` derives from LoggerAdapter (directly, or through classes of the module)."""
    seen.add(cls)
    bases = a.bases.get(cls, [])
    return any(b in ADAPTERS or (b in a.classes and b not in seen and _adapter(a, b, seen)) for b in bases)


def _method(a: Analysis, cls: str, name: str, seen: set[str]) -> cst.FunctionDef | None:
    """`cls.name` as the module's classes define it (the class's own, else its bases' in order)."""
    seen.add(cls)
    found = a.classes.get(cls, {}).get(name)
    for base in a.bases.get(cls, []) if found is None else ():
        if base in a.classes and base not in seen and (found := _method(a, base, name, seen)) is not None:
            break
    return found


def _extra_in_message(process: cst.FunctionDef) -> bool:
    """A `return message, kwargs` of `process` whose message reads `self.extra` (or a local assigned from
    it: `call = self.extra["call"]`)."""
    holders = {
        t.target.value
        for node in _walk(process.body)
        if type(node) is cst.Assign and _reads_extra(node.value)
        for t in node.targets
        if type(t.target) is cst.Name
    }
    for node in _walk(process.body):
        value = node.value if type(node) is cst.Return else None
        if type(value) is cst.Tuple and value.elements:
            message = value.elements[0].value
            if _reads_extra(message) or any(type(n) is cst.Name and n.value in holders for n in _walk(message)):
                return True
    return False


def _reads_extra(expr: cst.BaseExpression) -> bool:
    return any(type(n) is cst.Attribute and dotted(n) == "self.extra" for n in _walk(expr))
