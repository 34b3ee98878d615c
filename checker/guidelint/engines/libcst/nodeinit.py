"""Faster constructors for libcst's node classes, with the same signature and the same effect.

libcst's nodes are frozen dataclasses with slots: the `__init__` dataclasses writes for them stores each
field through `object.__setattr__(self, "name", value)` (a frozen class cannot assign), looking the slot up
by name every time. The parser calls that constructor for every node it builds, whitespace included, and
the lookups are about a twelfth of a parse. The constructors made here store through the slots'
descriptors directly, then call `__post_init__` as the dataclass constructor does.

A class whose fields are not all plain slots of its own hierarchy, or use dataclass features these
constructors do not reproduce (keyword-only fields, `InitVar`, fields left out of `__init__`), keeps its
constructor.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from types import MemberDescriptorType
from typing import Any

from libcst import CSTNode


def install() -> None:
    """Give every libcst node class a direct constructor (classes libcst replaced by their slotted copies
    are still listed as subclasses: they have no slots, and keep theirs)."""
    for kind in _node_classes(CSTNode):
        init = _constructor(kind)
        if init is not None:
            kind.__init__ = init  # type: ignore[misc]


def _node_classes(base: type) -> Iterator[type]:
    subclasses: list[type] = base.__subclasses__()
    for kind in subclasses:
        yield kind
        yield from _node_classes(kind)


def _constructor(kind: type) -> Any:
    if "__init__" not in kind.__dict__ or not dataclasses.is_dataclass(kind):
        return None
    fields = dataclasses.fields(kind)
    code = kind.__dict__["__init__"].__code__
    if code.co_varnames[1 : code.co_argcount + code.co_kwonlyargcount] != tuple(f.name for f in fields):
        return None  # keyword-only fields, InitVar, fields left out: not the plain constructor made here
    params: list[str] = []
    body: list[str] = []
    scope: dict[str, Any] = {"_MISSING": dataclasses.MISSING}
    for index, field in enumerate(fields):
        slot = next((k.__dict__[field.name] for k in kind.__mro__ if field.name in k.__dict__), None)
        if type(slot) is not MemberDescriptorType or field.kw_only is True:
            return None
        scope[f"_set{index}"] = slot.__set__
        value = field.name
        if field.default is not dataclasses.MISSING:
            scope[f"_default{index}"] = field.default
            params.append(f"{field.name}=_default{index}")
        elif field.default_factory is not dataclasses.MISSING:
            scope[f"_factory{index}"] = field.default_factory
            params.append(f"{field.name}=_MISSING")
            value = f"_factory{index}() if {field.name} is _MISSING else {field.name}"
        else:
            params.append(field.name)
        body.append(f"    _set{index}(self, {value})")
    source = f"def __init__(self, {', '.join(params)}):\n" + "\n".join(body) + "\n    self.__post_init__()\n"
    exec(source, scope)  # code built above from the class's own field names only
    init = scope["__init__"]
    init.__qualname__ = f"{kind.__qualname__}.__init__"
    return init
