"""Comprehensions, and lists of records: what each position of the tuples a list holds.

`pairs = [(COLUMNS[k], v) for k, v in request.args.items() if k in COLUMNS]` makes a list whose every element
puts a column the code chose first and the client's value second. The name keeps, besides what the whole list
holds, what each position of its elements holds (`pairs[*][0]`, `pairs[*][1]`), so that an element taken from
it keeps them apart: a loop's target (`for pair in pairs: pair[0]`, `for column, value in pairs`), a
comprehension's, and the item of a `functools.reduce` lambda (lambdas.py). Any change of the list but a clean
element added to it drops them (stores.key_added), and they are read only while the name holds what it held when
they were noted (a constant `pairs[*]` naming the assignment, which a join keeps only where both branches hold
it: the other branch's list may hold other records). The positions hold for every element, or are not known.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.labels import CLEAN, Env, Taint, checked, entry_key, union
from guidelint.engines.taint.syntax import comprehension_walruses

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

ROWS = "[*]"
"""The entry of a name under which what a position of each of its elements holds is kept: `pairs[*][1]`."""
MEMO = "rows of comprehensions"


def row_key(name: str, index: int) -> str:
    return f"{name}{ROWS}[{index}]"


def comprehension(a: Analysis, expr: cst.ListComp | cst.SetComp | cst.GeneratorExp | cst.DictComp, env: Env) -> Taint:
    """What a comprehension makes: its element (a dict's keys and values, kept apart by stores.py) where its
    loops bind their targets and its conditions hold; of an element that is a tuple display, what each of its
    positions holds is noted too, for the name it is assigned to (`rows_assigned`)."""
    scope = env.copy()
    comp: cst.CompFor | None = expr.for_in
    while comp is not None:
        a.control.assign_iterated(comp.target, comp.iter, a.eval(comp.iter, scope), scope, loop=False)
        for test in comp.ifs:  # [n for n in names if re.search(q, n)]: a sink too; [... if n in ALLOWED]
            a.eval(test.test, scope)
            for name, kinds in a.guards.origins(a.guards.guards(test.test, scope)[0]):
                scope.values[name] = checked(scope.values.get(name, CLEAN), kinds)
        comp = comp.inner_for_in
    if isinstance(expr, cst.DictComp):  # its keys kept apart: iterating the dict gives them (stores.py)
        made = a.stores.dict_keys(expr, a.eval(expr.key, scope), a.eval(expr.value, scope))
    else:
        made = a.eval(expr.elt, scope)
        if _record(expr.elt):
            assert isinstance(expr.elt, cst.Tuple)
            a.memo.setdefault(MEMO, {})[id(expr)] = tuple(a.eval(e.value, scope) for e in expr.elt.elements)
    for name in comprehension_walruses(expr):  # bound around it, where it ran at all (PEP 572)
        env.values[name] = union(env.values.get(name, CLEAN), scope.values.get(name, CLEAN))
        env.consts.pop(name, None)
    return made


def _record(expr: cst.BaseExpression) -> bool:
    """A tuple display of two or more plain elements: a record whose positions mean something apart."""
    return type(expr) is cst.Tuple and len(expr.elements) > 1 and all(type(e) is cst.Element for e in expr.elements)


def rows_assigned(a: Analysis, name: str, source: cst.CSTNode | None, env: Env) -> None:
    """`name = [... for ...]` of a comprehension whose element is a record, or `name = [(x, y), (z, w)]` of
    records of one length: what each position holds over every element. (Any other value assigned to the
    name: none is known, on any branch this one joins.)"""
    env.consts.pop(name + ROWS, None)
    positions: tuple[Taint, ...] | None = None
    if isinstance(source, (cst.ListComp, cst.GeneratorExp)):
        positions = a.memo.get(MEMO, {}).get(id(source))
    elif isinstance(source, (cst.List, cst.Tuple)) and source.elements:
        records = [e.value for e in source.elements]
        if all(_record(r) for r in records) and len({len(r.elements) for r in records if type(r) is cst.Tuple}) == 1:
            columns = zip(*(r.elements for r in records if type(r) is cst.Tuple), strict=True)
            positions = tuple(union(*(a.eval(e.value, env) for e in column)) for column in columns)
    for index, taint in enumerate(positions or ()):
        env.values[row_key(name, index)] = taint
    if positions:
        env.consts[name + ROWS] = id(source)  # which assignment noted them (Env.merge keeps what both sides hold)


def row_positions(env: Env, iterable: cst.BaseExpression) -> list[Taint]:
    """What each position of the elements of the list a name holds, where it is kept (none: not known)."""
    if type(iterable) is not cst.Name:
        return []
    name = iterable.value
    if name + ROWS not in env.consts:
        return []  # (another branch's list joined, or an element of unknown positions added)
    found: list[Taint] = []
    while (key := row_key(name, len(found))) in env.values:
        found.append(env.values[key])
    return found


def bind_row(a: Analysis, target: cst.BaseExpression, iterable: cst.BaseExpression, env: Env) -> None:
    """A loop's or a comprehension's target given an element of a list of records: a name keeps each
    position as an entry (`pair[0]`), names unpacking it each their own position (`for column, value in pairs`)."""
    positions = row_positions(env, iterable)
    if not positions:
        return
    if type(target) is cst.Name:
        for index, taint in enumerate(positions):
            env.values[entry_key(target.value, index)] = taint
    elif isinstance(target, (cst.Tuple, cst.List)) and len(target.elements) == len(positions):
        for element, taint in zip(target.elements, positions, strict=True):
            if type(element) is cst.Element and type(element.value) is cst.Name:
                a.statements.assign(element.value, taint, env, None)


def dropped(key: str, env: Env) -> None:
    """A value of unknown positions was added to the list `key` holds: what its positions hold is not known."""
    index = 0
    env.consts.pop(key + ROWS, None)
    while row_key(key, index) in env.values:
        del env.values[row_key(key, index)]
        index += 1
