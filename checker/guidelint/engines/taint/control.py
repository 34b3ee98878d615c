"""Compound statements of the dataflow: loops, `try` and `match`, each joining the states of its paths."""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.engines.taint.counted import counting, pair
from guidelint.engines.taint.labels import CHOICES, CLEAN, UNKNOWN, Env, Taint, checked, cleared, union
from guidelint.engines.taint.raised import carried
from guidelint.engines.taint.rows import bind_row
from guidelint.engines.taint.syntax import (
    _always_exits,
    _body,
    _capture_names,
    _case_matches,
    _literal_captures,
    unstarred,
)
from guidelint.engines.taint.validating import iterated_model
from guidelint.semantic.names import dotted

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis


_NUMBER_PATTERNS = frozenset({"int", "float", "complex", "bool"})
"""Classes whose pattern (`int(qty)`) binds only an instance of them: a number, whatever the subject held."""


class Control:
    """Loops, `try` and `match`: which paths run, and the state each leaves after the statement."""

    def __init__(self, analysis: Analysis) -> None:
        self.a: Analysis = weakref.proxy(analysis)  # the analysis holds its parts: no cycle keeps its tree alive

    def for_loop(self, stmt: cst.For, env: Env) -> Taint:
        """`for`: the body twice (values carried around the loop; once when the first walk changes none of
        them), the `else`, and the states at each `break` joined after the loop."""
        iterated = self.a.eval(stmt.iter, env)
        self.a.breaks.append([])

        def walk() -> Taint:
            self.assign_iterated(stmt.target, stmt.iter, iterated, env, loop=True)
            return self.a.statements.block(_body(stmt.body), env)

        returns = _walked_around(walk, env)
        broken = self.a.breaks.pop()
        if stmt.orelse is not None:
            returns = union(returns, self.a.statements.block(_body(stmt.orelse.body), env))
        for state in broken:
            env.merge(state)
        return returns

    def assign_iterated(
        self, target: cst.BaseExpression, iterable: cst.BaseExpression, value: Taint, env: Env, loop: bool
    ) -> None:
        """The target of a `for` statement (`loop`) or comprehension gets an item of the iterable; of
        `enumerate(items)` the first name is a count, which carries nothing of the items; of `zip(a, b)`
        each name an item of its own iterable."""
        names = unstarred(target)
        call = iterable if type(iterable) is cst.Call and all(_plain(a) for a in iterable.args) else None
        how = (self.a.names.qualname(call.func) or dotted(call.func)) if call is not None else None
        given = [a for a in call.args if a.keyword is None] if call is not None else []
        if names is not None and given and len(names) == 2 and how in ("enumerate", "builtins.enumerate"):
            self.a.statements.assign(names[0], CLEAN, env, None)
            self.assign_iterated(names[1], given[0].value, value, env, loop)
            return
        if names is not None and call is not None and how in ("zip", "builtins.zip") and len(names) == len(given):
            for name, arg in zip(names, given, strict=True):
                self.assign_iterated(name, arg.value, self.a.eval(arg.value, env), env, loop)
            return
        if names is not None and len(names) == 2 and counting(self.a, iterable):  # for name, n in c.most_common()
            for name, taint in zip(names, pair(value), strict=True):
                self.a.statements.assign(name, taint, env, None)
            return
        keys = self.a.stores.items(iterable, env) if names is not None and len(names) == 2 else None
        if names is not None and keys is not None:  # for column, value in filters.items(): a key, its value
            self.a.statements.assign(names[0], keys, env, None)
            self.a.statements.assign(names[1], value, env, None)
            if loop:
                self.a.statements.unpacked(target, iterable, env)
            return
        self.a.statements.assign(target, self.a.stores.iterated(iterable, value, env), env, iterable if loop else None)
        iterated_model(self.a, target, iterable, env)  # for line in book.lines: line.qty of a list of models
        bind_row(self.a, target, iterable, env)  # for column, value in pairs: each its position (rows.py)

    def while_loop(self, stmt: cst.While, env: Env) -> Taint:
        """`while`: none of it when the test folds to false, else like `for` (the `else` runs when the
        test turns false, not after a `break`)."""
        truth = self.a.fold(stmt.test, env)
        if truth is not UNKNOWN and not truth:
            return self.a.statements.block(_body(stmt.orelse.body), env) if stmt.orelse else CLEAN
        self.a.breaks.append([])

        def walk() -> Taint:
            self.a.eval(stmt.test, env)
            return self.a.statements.block(_body(stmt.body), env)

        returns = _walked_around(walk, env)
        broken = self.a.breaks.pop()
        if stmt.orelse is not None:
            returns = union(returns, self.a.statements.block(_body(stmt.orelse.body), env))
        if truth is not UNKNOWN and broken:  # while True: only a break leaves it, with the state it had there
            env.values, env.consts = broken[0].values, broken[0].consts
            broken = broken[1:]
        for state in broken:
            env.merge(state)
        return returns

    def try_(self, stmt: cst.Try | cst.TryStar, env: Env) -> Taint:
        """`try`: a handler runs after any statement of the body; a handler that returns or raises
        ends its path, so what it did not check does not come back after the `try`."""
        raised = env.copy()
        returns = CLEAN
        for part in _body(stmt.body):  # a handler runs after any statement of the body: each state counts
            returns = union(returns, self.a.statements.statement(part, env))
            raised.merge(env)
        after = env.copy()
        for handler in stmt.handlers:
            branch = raised.copy()
            if handler.name is not None:  # what the exception carries: a source by its class, or a helper's value
                caught = union(self.a.sources.caught(handler), carried(self.a, stmt.body, handler, branch))
                self.a.statements.assign(handler.name.name, caught, branch, None)
            returns = union(returns, self.a.statements.block(_body(handler.body), branch))
            if not _always_exits(
                handler.body, self.a.known["exits"], self.a.names.qualname
            ):  # a handler that returns or raises ends that path
                after.merge(branch)
        if stmt.orelse is not None:
            returns = union(returns, self.a.statements.block(_body(stmt.orelse.body), after))
        if stmt.finalbody is not None:
            returns = union(returns, self.a.statements.block(_body(stmt.finalbody.body), after))
        env.values, env.consts = after.values, after.consts
        return returns

    def _captured(
        self, pattern: cst.MatchPattern, node: cst.BaseExpression, subject: Taint, env: Env
    ) -> dict[str, Taint]:
        """What each name a case binds holds of the subject, where the pattern says more than "the subject":
        `Lookup(field=f, value=v)` reads the subject's attributes (the fields a record of the module holds),
        `int(qty)` or `float(px)` binds only a number (what the model's `int`/`float` sanitizers clear)."""
        found: dict[str, Taint] = {}

        def field(attr: str) -> Taint:
            if type(node) is cst.Call and id(node) in self.a.calls.fields:
                return self.a.calls.fields[id(node)].get(attr, subject)
            key = self.a._key(node)
            return env.values.get(f"{key}.{attr}", subject) if key is not None else subject

        def walk(p: cst.MatchPattern, taint: Taint, top: bool) -> None:
            if type(p) is cst.MatchAs:
                if p.name is not None:
                    found[p.name.value] = taint
                if p.pattern is not None:
                    walk(p.pattern, taint, top)
            elif type(p) is cst.MatchOr:
                for option in p.patterns:
                    walk(option.pattern, taint, top)
            elif type(p) is cst.MatchClass:
                kinds = self.a.calls.sanitizes(p.cls.value, None) if type(p.cls) is cst.Name else None
                number = kinds is not None and p.cls.value in _NUMBER_PATTERNS  # type: ignore[attr-defined]
                for element in p.patterns:
                    walk(element.value, cleared(taint, kinds) if number and kinds else taint, False)
                for keyword in p.kwds:
                    walk(keyword.pattern, field(keyword.key.value) if top else taint, False)
            elif type(p) is cst.MatchMapping:
                for entry in p.elements:
                    walk(entry.pattern, taint, False)
            elif isinstance(
                p, cst.MatchSequence
            ):  # match (kind, fmt): case (k, f): each item of the display (MatchTuple, MatchList)
                items = {id(q): e for q, e in _paired(p, node)} if top else {}
                for item in p.patterns:
                    if type(item) is cst.MatchSequenceElement:
                        matched = items.get(id(item.value))
                        walk(item.value, self.a.eval(matched, env) if matched is not None else taint, False)

        walk(pattern, subject, True)
        return found

    def match(self, stmt: cst.Match, env: Env) -> Taint:
        """`match`: the cases a constant subject can take (one, when a case takes it whole), their
        states joined after it."""
        subject = self.a.eval(stmt.subject, env)
        constant = self.a.fold(stmt.subject, env)
        returns = CLEAN
        states: list[Env] = []
        for case in stmt.cases:
            chosen = _case_matches(case.pattern, constant, lambda e: self.a.fold(e, env))
            if chosen is False:
                continue  # a constant subject this case cannot match
            branch = env.copy()
            literals = _literal_captures(case.pattern, lambda e: self.a.fold(e, env))
            placed = self._captured(case.pattern, stmt.subject, subject, env)
            for name in _capture_names(case.pattern):
                branch.values[name] = CLEAN if name in literals else placed.get(name, subject)
                branch.consts.pop(name, None)
                if name in literals:  # one of the pattern's own constants
                    branch.consts[CHOICES + name] = literals[name]
                    if len(literals[name]) == 1:
                        branch.consts[name] = next(iter(literals[name]))
            values = _literal_values(case.pattern, lambda e: self.a.fold(e, env))
            if values is not None and type(stmt.subject) is cst.Name:  # case "nav" | "holdings": one of those
                branch.values[stmt.subject.value] = CLEAN
                branch.consts[CHOICES + stmt.subject.value] = values
            for part, element in _paired(case.pattern, stmt.subject):  # case ("daily" | "weekly", "csv"):
                held = _literal_values(part, lambda e: self.a.fold(e, env))  # a name of the display is one of those
                if held is not None and type(element) is cst.Name:
                    branch.values[element.value] = CLEAN
                    branch.consts[CHOICES + element.value] = held
                bound = part.name if type(part) is cst.MatchAs and part.pattern is None else None
                if bound is not None and (value := self.a.fold(element, env)) is not UNKNOWN:
                    branch.consts[bound.value] = value  # case [*_, last] of [*cols, "isin"]: "isin"
            if case.guard is not None:  # case str() if nxt.startswith("/") and ...: what it proves holds here
                self.a.eval(case.guard, branch)
                holds, _ = self.a.guards.guards(case.guard, branch)
                for name, kinds in self.a.guards.origins(holds):
                    branch.values[name] = checked(branch.values.get(name, CLEAN), kinds)
            returns = union(returns, self.a.statements.block(_body(case.body), branch))
            if not _always_exits(
                case.body, self.a.known["exits"], self.a.names.qualname
            ):  # case _: abort(400) reaches nothing after
                states.append(branch)
            if chosen:
                break  # this case takes every subject that gets here: later ones never run
        else:
            states.append(env.copy())  # no case may match: the state before the match goes on
        if not states:  # every case exits
            return returns
        after = states[0]
        for state in states[1:]:
            after.merge(state)
        env.values, env.consts = after.values, after.consts
        return returns


def _paired(
    pattern: cst.MatchPattern, subject: cst.BaseExpression
) -> list[tuple[cst.MatchPattern, cst.BaseExpression]]:
    """Each item pattern of a sequence pattern with the item of a display subject it matches, where its place
    tells: `match (kind, fmt): case ("daily", "csv" | "json")`, `match [*cols, "isin"]: case [*_, last]` (from the
    start before a starred pattern or item, from the end after one)."""
    if not isinstance(pattern, cst.MatchSequence) or not isinstance(subject, (cst.Tuple, cst.List)):
        return []
    items, patterns = subject.elements, list(pattern.patterns)
    star = next((i for i, p in enumerate(patterns) if type(p) is cst.MatchStar), None)
    lead = next((i for i, e in enumerate(items) if type(e) is cst.StarredElement), len(items))
    trail = next((i for i, e in enumerate(reversed(items)) if type(e) is cst.StarredElement), len(items))
    pairs: list[tuple[cst.MatchPattern, cst.BaseExpression]] = []
    for i, p in enumerate(patterns):
        if type(p) is not cst.MatchSequenceElement:
            continue
        if (star is None or i < star) and i < lead:
            pairs.append((p.value, items[i].value))
        elif (star is None or i > star) and len(patterns) - i <= trail:
            pairs.append((p.value, items[len(items) - (len(patterns) - i)].value))
    return pairs


def _literal_values(
    pattern: cst.MatchPattern, fold: Callable[[cst.BaseExpression], object]
) -> frozenset[object] | None:
    """The constants a pattern of literals only matches (`"nav" | "holdings"`), else None."""
    parts = [p.pattern for p in pattern.patterns] if type(pattern) is cst.MatchOr else [pattern]
    found = set()
    for part in parts:
        if type(part) is not cst.MatchValue:
            return None
        value = fold(part.value)
        if value is UNKNOWN or not isinstance(value, (str, int)):
            return None
        found.add(value)
    return frozenset(found)


def _walked_around(walk: Callable[[], Taint], env: Env) -> Taint:
    """A loop's body walked twice (values carried around the loop), or once when the first walk changes
    nothing the next iteration starts from: a second walk would find what the first did."""
    before = _carried(env)
    returns = walk()
    return returns if _carried(env) == before else union(returns, walk())


def _carried(env: Env) -> tuple[dict[str, frozenset[tuple[str, str, int, frozenset[str]]]], dict[str, object]]:
    """What a loop's next iteration starts from, as far as findings go: each name's sources (not the steps
    they took) and the constants. Nested loops walked twice at every level cost 2**depth walks of the
    innermost body; a body that changes neither is walked once."""
    values = {
        name: frozenset((label.kind, label.origin, label.param, label.cleared) for label in taint)
        for name, taint in env.values.items()
        if taint
    }
    return values, dict(env.consts)


def _plain(argument: cst.Arg) -> bool:
    """An argument placed by position, or zip's strict= and enumerate's start= (which change no item)."""
    return not argument.star and (argument.keyword is None or argument.keyword.value in ("strict", "start"))
