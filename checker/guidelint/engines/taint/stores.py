"""Values kept in objects and collections under a constant key or index: `d["k"]`, `items[1]`,
`cfg.set("section", "key", v)` / `cfg.get("section", "key")`, `d.setdefault("k", v)`, a list's `append` and
`pop()`, and what an in-memory buffer was written (`buf.write(v)`, then `buf.getvalue()`).

Each is an entry of the environment named after the container (`name[key]`, the length of a list of known
length under `name[#]` among the constants): the container as a whole still holds every value put in it."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Any

import libcst as cst

from guidelint.engines.taint.dictconstants import KEPT_BY, constants_key, displayed_constants, keep_constant
from guidelint.engines.taint.fields import RECORD_CLASS, by_field, post_init, validated_entry
from guidelint.engines.taint.keyedstate import kept_in_state
from guidelint.engines.taint.labels import (
    CLEAN,
    UNKNOWN,
    Env,
    Label,
    Taint,
    _is_direct,
    entry_key,
    masked,
    union,
    with_step,
)
from guidelint.engines.taint.merges import merged, store, updated
from guidelint.engines.taint.receivers import instance_class
from guidelint.engines.taint.rows import dropped
from guidelint.engines.taint.syntax import _constant_index, _namespace
from guidelint.engines.taint.tables import NAMESPACE_LOOKUP
from guidelint.semantic.constants import constant_value, is_constant

REPLACES = frozenset({"dataclasses.replace", "attrs.evolve", "attr.evolve"})
"""Calls that make a copy of a record with some fields given anew."""

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

BUFFERS = frozenset({"io.StringIO", "io.BytesIO"})
"""Classes whose instances hold what is written to them (read back with getvalue() or read())."""

_PLAIN_BASES = frozenset({"typing.NamedTuple", "NamedTuple", "typing_extensions.NamedTuple", "object"})


def _field_annotation(declaration: cst.BaseExpression) -> bool:
    """A declaration that is a field's annotation (`fund: str`), not a call assigned or a class variable."""
    if type(declaration) is cst.Call:
        return False
    head = declaration.value if type(declaration) is cst.Subscript else declaration
    return (head.value if type(head) is cst.Name else head.attr.value if type(head) is cst.Attribute else "") not in (
        "ClassVar",
        "InitVar",
    )


SEQUENCES = frozenset({"collections.deque", "deque", "list"})
MADE_BY = frozenset({"dict", "copy", "deepcopy", "loads"})
"""The last names of the calls a dict is copied or merged by (merges.py), looked at before anything else."""
"""Calls whose result holds the elements of the display they are given, in order."""
KEYED_SET = frozenset({"set"})
KEYED_GET = frozenset({"get"})
RESIZING = frozenset({"extend", "insert", "remove", "clear", "sort", "reverse", "extendleft", "appendleft"})


def length_key(name: str) -> str:
    return f"{name}[#]"


KEYS = ".keys()"
"""The entry of a name under which what its dict's keys hold is kept (`filters.keys()`)."""
VALUES = ".values()"
"""... and what its values hold, for a dict a comprehension built (`{k: escape(v) for k, v in ...}`), until it
changes: what `TEMPLATE.format(**name)` places (the keys become keyword names)."""


class Stores:
    """Reads and writes of constant keys and indexes."""

    def __init__(self, analysis: Analysis) -> None:
        self.a: Analysis = weakref.proxy(analysis)  # the analysis holds its parts: no cycle keeps its tree alive
        self.keys: dict[int, Taint] = {}  # dict comprehensions evaluated: what their keys hold
        self.values: dict[int, Taint] = {}  # ... and their values

    def keyed(self, call: cst.Call, taint: Taint, env: Env) -> Taint:
        """What a call returns (`taint`), kept in a store under the key it is given where it is a keyed-state
        call's (`st.text_input("Desk", key="desk")`: `st.session_state.desk`; keyedstate.py)."""
        return kept_in_state(self.a, call, taint, env)

    def displayed(self, name: str, source: cst.BaseExpression, env: Env) -> None:
        """`name = {...}`, `name = [...]`, `name = (...)`: one entry per constant key, or per index; `name =
        {k: v for ...}`: what its keys hold, apart (`for key in name` gives them)."""
        if type(source) is cst.DictComp and id(source) in self.keys:
            env.values[f"{name}{KEYS}"] = self.keys.pop(id(source))
            env.values[f"{name}{VALUES}"] = self.values.pop(id(source), CLEAN)
        if type(source) is cst.Dict:
            for suffix, taint in (merged(self.a, source, env) or {}).items():  # {**form, **DEFAULTS}: DEFAULTS'
                env.values[f"{name}{suffix}"] = taint
            unpacked = [i for i, e in enumerate(source.elements) if type(e) is cst.StarredDictElement]
            for item in source.elements[unpacked[-1] + 1 if unpacked else 0 :]:  # after the last `**d`: each key's
                if isinstance(item, cst.DictElement) and is_constant(item.key):  # (the last of a key's wins)
                    self.a.kept(entry_key(name, constant_value(item.key)), item.value, env)
            displayed_constants(self.a, name, source, env)
            # its keys apart: what `for key in name` and `f(**name)` give (none the client chose, for constants)
            env.values[f"{name}{KEYS}"] = self.unpacked_keys(source, CLEAN, env)
        elif isinstance(source, (cst.List, cst.Tuple)):
            if any(type(e) is cst.StarredElement for e in source.elements):
                return
            for index, element in enumerate(source.elements):
                env.values[entry_key(name, index)] = self.a.eval(element.value, env)
                self.a.kept(entry_key(name, index), element.value, env)
            env.consts[length_key(name)] = len(source.elements)

    def sections(self, base: str, sections: cst.Dict, env: Env) -> None:
        """A configuration's sections given as a dict display: each (section, key) its own entry, as
        `cfg.set(section, key, value)` keeps it (`cfg.get(section, key)` reads it)."""
        for section in sections.elements:
            if type(section) is not cst.DictElement or not is_constant(section.key):
                continue
            if type(section.value) is not cst.Dict:
                continue
            for entry in section.value.elements:
                if type(entry) is cst.DictElement and is_constant(entry.key):
                    key = (constant_value(section.key), constant_value(entry.key))
                    env.values[entry_key(base, key)] = self.a.eval(entry.value, env)
                    self.a.kept(entry_key(base, key), entry.value, env)

    def print_file(self, call: cst.Call) -> str | None:
        """The in-memory buffer `print(..., file=buf)` writes to, or None."""
        for arg in call.args:
            if arg.keyword is not None and arg.keyword.value == "file" and type(arg.value) is cst.Name:
                return arg.value.value if self.a.made_by.get(arg.value.value) in BUFFERS else None
        return None

    def aliased(self, name: str, source: cst.CSTNode | None, env: Env) -> bool:
        """`section = cfg["report"]` of an entry whose own entries are kept: those, under the new name."""
        if type(source) is not cst.Subscript:
            return False
        base, index = self.a._key(source.value), _constant_index(source)
        if base is None or index is UNKNOWN:
            return False
        prefix = entry_key(base, index)
        if prefix not in env.values:
            return False  # nothing kept under it (let alone its entries)
        found = {k[len(prefix) :]: t for k, t in env.values.items() if k.startswith(prefix + "[")}
        for suffix, taint in found.items():
            env.values[name + suffix] = taint
        return bool(found)

    def copied(self, name: str, source: cst.BaseExpression, env: Env) -> bool:
        """`name = dict(d)`, `d.copy()`, `{**a, **b}`, `a | b`, `dict(zip(KEYS, values))`...: the entries
        known of what it is made of (merges.py); False when none are."""
        if type(source) is cst.Call:
            func = source.func
            last = func.attr.value if type(func) is cst.Attribute else func.value if type(func) is cst.Name else ""
            if last not in MADE_BY:
                return False  # (most calls: no qualified name looked up)
        elif type(source) is not cst.BinaryOperation or type(source.operator) is not cst.BitOr:
            return False
        entries = merged(self.a, source, env)
        if entries is None:
            return False
        store(name, entries, env)
        return True

    def sequence_of(self, call: cst.Call) -> cst.List | cst.Tuple | None:
        """The display a `deque([...])` or `list((...))` call copies: its entries are the display's."""
        if len(call.args) != 1 or call.args[0].keyword is not None or call.args[0].star:
            return None
        if not isinstance(call.args[0].value, (cst.List, cst.Tuple)):
            return None
        made = self.a.names.qualname(call.func) or (call.func.value if type(call.func) is cst.Name else "")
        display = call.args[0].value
        if made in SEQUENCES and isinstance(display, (cst.List, cst.Tuple)):
            return display
        return None

    def dict_keys(self, comp: cst.DictComp, keys: Taint, values: Taint) -> Taint:
        """Note what the keys and the values of a dict comprehension hold, for the name it is assigned to;
        what the dict holds (both)."""
        self.keys[id(comp)] = keys
        self.values[id(comp)] = values
        return union(keys, values)

    def placed_values(self, arg: cst.Arg, taint: Taint, env: Env) -> Taint:
        """What `**name` places into a template: the values of a dict whose values are kept apart."""
        if arg.star == "**" and type(arg.value) is cst.Name:
            return env.values.get(f"{arg.value.value}{VALUES}", taint)
        return taint

    def keyword_names(self, param: cst.Param, index: int) -> dict[str, Taint]:
        """`def select(**filters)` summarised: the keys of `filters` are the keywords its caller names (or the
        keys of the dict it unpacks), a parameter of their own, apart from the values."""
        name = param.name.value
        note = f"a keyword name of **{name}"
        return {f"{name}{KEYS}": frozenset({Label("param", f"{name}{KEYS}", ((param, note),), param=index)})}

    def passed_keys(self, args: list[tuple[cst.Arg, Taint]], env: Env | None) -> Taint:
        """The keys a call passes into `**kwargs`: none a client chooses for `f(desk=x)`; for `f(**data)`
        the keys of `data` (a display's keys, a comprehension's, else whatever the dict holds)."""
        if env is None:
            return union(*(taint for arg, taint in args if arg.star == "**"))
        return union(*(self.unpacked_keys(arg.value, taint, env) for arg, taint in args if arg.star == "**"))

    def unpacked_keys(self, value: cst.BaseExpression, taint: Taint, env: Env) -> Taint:
        """The keys of a dict: of a display, its keys' (and those of the dicts it unpacks); of a name whose
        keys are kept apart, those; else whatever the dict holds."""
        if type(value) is cst.Dict:
            keys = [self.a.eval(e.key, env) for e in value.elements if type(e) is cst.DictElement]
            unpacked = [e.value for e in value.elements if type(e) is cst.StarredDictElement]
            return union(*keys, *(self.unpacked_keys(v, self.a.eval(v, env), env) for v in unpacked))
        if type(value) is cst.Name and f"{value.value}{KEYS}" in env.values:
            return env.values[f"{value.value}{KEYS}"]
        return taint

    def key_added(self, name: str, key: Taint, env: Env) -> None:
        """`filters[column] = v`, `filters.update(other)`: the dict's keys now hold what was added (and its
        values are no longer known apart)."""
        env.values.pop(f"{name}{VALUES}", None)
        dropped(name, env)  # (and what the positions of its records hold: rows.py)
        if f"{name}{KEYS}" in env.values and key:
            env.values[f"{name}{KEYS}"] = union(env.values[f"{name}{KEYS}"], key)

    def items(self, iterable: cst.BaseExpression, env: Env) -> Taint | None:
        """What the key of `for key, value in name.items()` holds, when the keys of `name` are kept apart."""
        if not (type(iterable) is cst.Call and type(iterable.func) is cst.Attribute and not iterable.args):
            return None
        owner = iterable.func.value
        if iterable.func.attr.value != "items" or type(owner) is not cst.Name:
            return None
        return env.values.get(f"{owner.value}{KEYS}")

    def iterated(self, iterable: cst.BaseExpression, value: Taint, env: Env) -> Taint:
        """An item of what a `for` goes over: of a dict whose keys are kept apart, a key."""
        if type(iterable) is cst.Call and type(iterable.func) is cst.Attribute and iterable.func.attr.value == "keys":
            iterable = iterable.func.value  # filters.keys()
        keys = env.values.get(f"{iterable.value}{KEYS}") if type(iterable) is cst.Name else None
        return keys if keys is not None else value

    def constructed(self, name: str, source: cst.Call, env: Env) -> None:
        """`name = Model(a=x, b=y)` of a class of this module that declares its fields and no `__init__` (a
        dataclass, a pydantic or attrs model): each field holds the value passed for it."""
        if self.replaced(name, source, env):
            return
        fields = self.a.calls.fields.pop(id(source), None)
        if fields is not None:  # search = Search(request), whose __init__ sets self.term and self.page
            given = self.given(source)
            for attr, taint in fields.items():
                env.values[f"{name}.{attr}"] = taint
                self.a.kept(f"{name}.{attr}", given.get(attr), env)
            return
        func = source.func
        methods = self.a.classes.get(func.value) if type(func) is cst.Name else None
        if methods is None or "__init__" in methods:
            return
        for arg in source.args:
            if arg.keyword is not None:
                env.values[f"{name}.{arg.keyword.value}"] = self.a.eval(arg.value, env)
                self.a.kept(f"{name}.{arg.keyword.value}", arg.value, env)

    def given(self, call: cst.Call) -> dict[str, cst.BaseExpression]:
        """What each field of a record class of the module (a dataclass or NamedTuple with no `__init__` or
        `__post_init__` of its own) is given by the constructor call `call`, a field not passed its default
        (`Cls.field`, the class's constant); nothing for any other call."""
        func = call.func
        if type(func) is not cst.Name:
            return {}
        cls = func.value
        methods = self.a.classes.get(cls)
        if methods is None or "__init__" in methods or "__post_init__" in methods or any(a.star for a in call.args):
            return {}
        if not self.a.memo.get((RECORD_CLASS, cls)) or self.a.names.lookup(cls) is not None:
            return {}
        if not set(self.a.bases.get(cls, ())) <= _PLAIN_BASES:
            return {}  # a base's fields come first, its __post_init__ may change them
        declared = self.a.class_fields.get(cls, {})
        if any(a.keyword is None for a in call.args) and not all(map(_field_annotation, declared.values())):
            return {}  # `KIND = make()`, `x: ClassVar[str]`: no field, so the places of the others are not known
        return by_field(
            declared, ((a, a.value) for a in call.args), lambda f: cst.Attribute(cst.Name(cls), cst.Name(f))
        )

    def replaced(self, name: str, source: cst.Call, env: Env) -> bool:
        """`name = dataclasses.replace(obj, f=v)`, `attrs.evolve(obj, f=v)`, `obj._replace(f=v)`: obj's fields
        (as kept of a name, or of the record a call made), those given replaced."""
        func = source.func
        made = self.a.names.qualname(func) or ""
        if type(func) is cst.Attribute and func.attr.value == "_replace" and not made:
            inner: cst.BaseExpression = func.value
        elif made in REPLACES and source.args and source.args[0].keyword is None:
            inner = source.args[0].value
        else:
            return False
        if any(a.keyword is None and a.value is not inner for a in source.args) or any(a.star for a in source.args):
            return False
        held = self.a.calls.fields.get(id(inner)) if type(inner) is cst.Call else None
        given: dict[str, cst.BaseExpression | str] = {}
        if held is not None and type(inner) is cst.Call:
            given.update(self.given(inner))
        key = self.a._key(inner)
        if key is not None:
            held = {k[len(key) + 1 :]: t for k, t in env.values.items() if k.startswith(key + ".")}
            given = {attr: f"{key}.{attr}" for attr in held}  # what was kept of each, under the other name
        if held is None:
            return False
        held = dict(held)
        for arg in source.args:
            if arg.keyword is not None:
                held[arg.keyword.value] = self.a.eval(arg.value, env)
                given[arg.keyword.value] = arg.value
        cls = instance_class(self.a.calls, inner) if made in REPLACES else None
        rewritten = held
        if cls is not None:  # replace() makes the record anew: its __post_init__ runs, the instance holds its fields
            rewritten = post_init(self.a, cls, held)
            env.values[name] = union(*rewritten.values())
        for attr, taint in rewritten.items():
            env.values[f"{name}.{attr}"] = taint
            self.a.kept(f"{name}.{attr}", given.get(attr) if taint is held.get(attr) else None, env)
        return True

    def subscript(self, expr: cst.Subscript, env: Env) -> Taint:
        """`value[key]`: what is kept under a constant key, else what the container holds (a credential
        only under a key that names one, credentials.py)."""
        if _namespace(expr.value) and "reflection" in self.a.sink_kinds:
            for element in expr.slice:
                if type(element.slice) is cst.Index:
                    found = self.a.eval(element.slice.value, env)
                    self.a.sinks.check(NAMESPACE_LOOKUP, expr, "a namespace lookup", found)
        base = self.a.eval(expr.value, env)
        key = self.a._key(expr.value)
        index = _constant_index(expr)
        size = env.consts.get(length_key(key), UNKNOWN) if key is not None else UNKNOWN
        if isinstance(index, int) and not isinstance(index, bool) and index < 0 and isinstance(size, int):
            index = index + size  # parts[-1] of a list of known length: its last entry
        if key is not None and index is not UNKNOWN and entry_key(key, index) in env.values:
            return env.values[entry_key(key, index)]
        if key is not None and index is UNKNOWN and (item := indexed_key(self.a, expr)) in env.values:
            return env.values[item]  # names[i] after `if names[i] in VIEWS:`: the item that was checked
        sliced = _sliced(key, expr, size, env) if key is not None else None
        if sliced is not None:
            return sliced
        picked = self.element(expr, index, env)
        if picked is not None:
            return picked
        for element in expr.slice:
            if type(element.slice) is cst.Index:
                self.a.eval(element.slice.value, env)
        if any(type(element.slice) is cst.Slice for element in expr.slice):
            return masked(base, expr)  # a part of the value, not an entry of a container
        base = self.a.sources.converted_key(expr, index, base)  # path_params["id"] of a Route("/{id:int}")
        if isinstance(index, str):
            base = self.source_key(expr.value, index, base)
        return self.a.credentials.keyed(expr, index, base)

    def source_key(self, owner: cst.BaseExpression, key: str, base: Taint) -> Taint:
        """`self.scope["url_route"]`: an attribute of the object a `self-attributes` source names that is a
        mapping (a Channels consumer's scope, an aiohttp view's request), read by a constant key straight from it,
        is read as its attribute of that name: only what its model names (`only:`, `except:`) carries the data;
        the user and the session the server put there do not. (A parameter's item is not: a Django form's
        `form["amount"]` is a bound field of the client's data, whatever its `only:` says of its attributes.)"""
        if not base or not _is_direct(base) or type(owner) is not cst.Attribute:
            return base
        for label in base:
            source = self.a.sources.source_of(label) if label.kind != "param" else None  # (a summary's parameter)
            if source is None or source.how != "self-attributes" or not (source.only or source.excluded):
                continue
            if owner.attr.value in source.patterns and source.excludes(key):
                return CLEAN
        return base

    def element(self, expr: cst.Subscript, index: Any, env: Env) -> Taint | None:
        """`[value, "x"][1]`: the element of a display at a constant index; `form.cleaned_data["days"]` of
        a field that converts (fields.py)."""
        entry = validated_entry(self.a, expr, env)
        if entry is not None:
            return entry
        display = expr.value
        if not isinstance(display, (cst.List, cst.Tuple)) or not isinstance(index, int) or isinstance(index, bool):
            return None
        if any(type(e) is cst.StarredElement for e in display.elements) or not -len(display.elements) <= index:
            return None
        if index >= len(display.elements):
            return None
        return self.a.eval(display.elements[index].value, env)

    def method(self, call: cst.Call, func: cst.Attribute, args: list[tuple[cst.Arg, Taint]], env: Env) -> Taint | None:
        """What a keyed method call stores or returns; None when it is not one (the call is judged as usual)."""
        base = self.a._key(func.value)
        if base is None:
            return None
        method = func.attr.value
        if method not in KEPT_BY and constants_key(base) in env.consts:
            del env.consts[constants_key(base)]  # opts.update(...), opts.pop("tool"): no longer what was kept
        if not args and method in self.a.known["repeatable-reads"] and f"{base}.{method}()" in env.values:
            return env.values[f"{base}.{method}()"]  # read again after a check of it: what the check left
        keys = [a.value for a, _ in args if a.keyword is None and not a.star]
        constant = all(is_constant(k) for k in keys) and len(keys) == len(args)
        if method == "update":
            updated(self.a, base, call, env)
            return None
        if method == "read_dict" and len(args) == 1 and type(args[0][0].value) is cst.Dict:
            self.sections(base, args[0][0].value, env)  # cfg.read_dict({"client": {"view": x}})
            env.values[base] = union(env.values.get(base, CLEAN), with_step(args[0][1], call, f"stored in {base}"))
            return CLEAN
        if method in SEQUENCE_OPS and _sequence_op(base, method, keys, args, env):
            return None
        if (
            method in LEFT_POPS
            and len(keys) == len(args)
            and ([constant_value(k) for k in keys] == [0] if method == "pop" else not args)
        ):
            return _pop_first(base, env)  # queue.pop(0), queue.popleft(): the first entry, the rest move down
        if method in RESIZING:
            env.consts.pop(length_key(base), None)
            for entry in [k for k in env.values if k.startswith(base + "[")]:
                del env.values[entry]
            return None
        if method == "append" and len(args) == 1:
            size = env.consts.get(length_key(base), UNKNOWN)
            if isinstance(size, int):
                env.values[entry_key(base, size)] = args[0][1]
                env.consts[length_key(base)] = size + 1
            return None
        if method == "pop" and not args:
            size = env.consts.get(length_key(base), UNKNOWN)
            if isinstance(size, int) and size > 0 and entry_key(base, size - 1) in env.values:
                env.consts[length_key(base)] = size - 1
                return env.values.pop(entry_key(base, size - 1))
            return None
        if method == "write" and self.a.made_by.get(base) in BUFFERS and args:
            written = with_step(args[0][1], call, f"written to {base}")
            env.values[base] = union(env.values.get(base, CLEAN), written)
            return CLEAN
        if method in KEYED_SET and len(args) >= 2 and len(keys) == len(args) and all(map(is_constant, keys[:-1])):
            key = _key_of(keys[:-1])
            env.values[entry_key(base, key)] = args[-1][1]
            self.a.kept(entry_key(base, key), args[-1][0].value, env)
            keep_constant(self.a, base, key, args[-1][0].value, env)
            env.values[base] = union(env.values.get(base, CLEAN), with_step(args[-1][1], call, f"stored in {base}"))
            return CLEAN
        if method == "setdefault" and len(keys) == 2 and is_constant(keys[0]) and len(args) == 2:
            entry = entry_key(base, constant_value(keys[0]))
            if entry not in env.values:
                env.values[entry] = args[1][1]  # (not kept for the facts: the keys may hold it, dictvalues.py)
                env.values[base] = union(env.values.get(base, CLEAN), args[1][1])
            keep_constant(self.a, base, constant_value(keys[0]), args[1][0].value, env, default=True)
            return env.values[entry]
        if method == "pop" and constant and 1 <= len(keys) <= 2 and isinstance(constant_value(keys[0]), str):
            entry = entry_key(base, constant_value(keys[0]))  # session.pop("next", "/"): the entry, taken out
            if entry in env.values:
                return env.values.pop(entry)
            return None
        if method in KEYED_GET and constant and keys:
            for entry in (entry_key(base, _key_of(keys)), entry_key(base, _key_of(keys[:1]))):  # (section, key); key
                if entry in env.values:
                    return env.values[entry]
        return None


SEQUENCE_OPS = frozenset({"insert", "appendleft", "extend"})
LEFT_POPS = frozenset({"pop", "popleft"})


def _entries(base: str, env: Env) -> dict[int, Taint]:
    """The entries of a sequence kept by index: `parts[0]`, `parts[1]`..."""
    found = {}
    for index in range(env.consts.get(length_key(base), 0)):
        if entry_key(base, index) in env.values:
            found[index] = env.values[entry_key(base, index)]
    return found


def _renumber(base: str, entries: dict[int, Taint], size: int | None, env: Env) -> None:
    for entry in [k for k in env.values if k.startswith(base + "[")]:
        del env.values[entry]
    for index, taint in entries.items():
        env.values[entry_key(base, index)] = taint
    if size is None:
        env.consts.pop(length_key(base), None)
    else:
        env.consts[length_key(base)] = size


def _sequence_op(
    base: str, method: str, keys: list[cst.BaseExpression], args: list[tuple[cst.Arg, Taint]], env: Env
) -> bool:
    """A list's `insert(i, v)`, a deque's `appendleft(v)` and `extend(items)` of a sequence whose entries are
    kept by index: those before the place keep their index, those after it move up by one (unknown after an
    extend, which adds an unknown number at the end). False when it is no such call (the entries are dropped)."""
    size = env.consts.get(length_key(base), UNKNOWN)
    if not isinstance(size, int) or len(keys) != len(args):
        return False
    entries = _entries(base, env)
    if method == "extend" and len(args) == 1:
        _renumber(base, entries, None, env)
        return True
    place: Any = 0 if method == "appendleft" and len(args) == 1 else UNKNOWN
    if method == "insert" and len(args) == 2 and is_constant(keys[0]):
        place = constant_value(keys[0])
    if not isinstance(place, int) or isinstance(place, bool):
        return False
    place = max(0, min(size, place + size if place < 0 else place))
    moved = {i if i < place else i + 1: taint for i, taint in entries.items()}
    moved[place] = args[-1][1]
    _renumber(base, moved, size + 1, env)
    return True


def _pop_first(base: str, env: Env) -> Taint | None:
    size = env.consts.get(length_key(base), UNKNOWN)
    if not isinstance(size, int) or size < 1 or entry_key(base, 0) not in env.values:
        return None
    entries = _entries(base, env)
    first = entries.pop(0)
    _renumber(base, {i - 1: taint for i, taint in entries.items()}, size - 1, env)
    return first


def entry_read(analysis: Analysis, expr: cst.BaseExpression) -> str | None:
    """The entry a read names by a constant key: `request.GET["next"]` and `request.GET.get("next")` (with or
    without a default) are both `request.GET['next']`, under which a value kept or checked is stored."""
    base, key = None, UNKNOWN
    if type(expr) is cst.Call and not expr.args and type(expr.func) is cst.Attribute:
        # request.get_data(): a read the object answers alike each time, kept under its call
        base = analysis._key(expr.func.value)
        read = expr.func.attr.value
        return f"{base}.{read}()" if base is not None and read in analysis.known["repeatable-reads"] else None
    if type(expr) is cst.Subscript:
        base, key = analysis._key(expr.value), _constant_index(expr)
        if key is UNKNOWN:
            return indexed_key(analysis, expr)
    elif (
        type(expr) is cst.Call
        and type(expr.func) is cst.Attribute
        and expr.func.attr.value in KEYED_GET
        and 1 <= len(expr.args) <= 2
        and not any(a.star or a.keyword for a in expr.args)
        and type(expr.args[0].value) in (cst.SimpleString, cst.ConcatenatedString)
    ):
        base, key = analysis._key(expr.func.value), constant_value(expr.args[0].value)
    return entry_key(base, key) if base is not None and isinstance(key, str) else None


def outer_reads(found: list[str], env: Env) -> list[str]:
    """Of the entries read inside a checked expression (`request.get_data()`, `request.args['s']`), the
    outermost; of those, the data, not the process's own configuration (a MAC's key read from the environment)."""
    reads = [r for r in found if not any(r.startswith(o) for o in found if o != r)]
    data = [r for r in reads if not all(label.kind == "local" for label in env.values[r])]
    return data or reads


def indexed_key(analysis: Analysis, expr: cst.Subscript) -> str | None:
    """`names[i]`: the environment's name for the item a plain name indexes, a key no constant's (`names['i']`)
    can be. A check of it holds for what it reads again until `names` or `i` is bound again (statements.py)."""
    if len(expr.slice) != 1 or type(expr.slice[0].slice) is not cst.Index:
        return None
    index = expr.slice[0].slice.value
    if not isinstance(index, cst.Name):
        return None
    base = analysis._key(expr.value)
    if base is None:
        return None
    analysis.indexes.add(index.value)  # i: binding it again drops what was kept of names[i]
    return f"{base}[{index.value}]"


def _sliced(key: str, expr: cst.Subscript, size: Any, env: Env) -> Taint | None:
    """`parts[:2]`, `parts[1:-1]` of a list of known length whose entries are all kept: what those entries
    hold (None when the bounds or an entry are unknown)."""
    if not isinstance(size, int) or len(expr.slice) != 1 or type(expr.slice[0].slice) is not cst.Slice:
        return None
    part = expr.slice[0].slice
    assert isinstance(part, cst.Slice)
    bounds = [
        constant_value(b) if b is not None and is_constant(b) else (None if b is None else UNKNOWN)
        for b in (part.lower, part.upper, part.step)
    ]
    if any(b is UNKNOWN or not (b is None or (isinstance(b, int) and not isinstance(b, bool))) for b in bounds):
        return None
    picked = range(size)[slice(*bounds)]
    if any(entry_key(key, i) not in env.values for i in picked):
        return None
    return union(*(env.values[entry_key(key, i)] for i in picked))


def _key_of(keys: list[cst.BaseExpression]) -> Any:
    values = tuple(constant_value(k) for k in keys)
    return values[0] if len(values) == 1 else values
