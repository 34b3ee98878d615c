"""Checks that clear a value on the branch where they hold."""

from __future__ import annotations

import re
import weakref
from functools import partial
from typing import TYPE_CHECKING, Any, cast

import libcst as cst

from guidelint.cst.children import children
from guidelint.engines.taint.cells import formula_free
from guidelint.engines.taint.checkfunctions import checks_in
from guidelint.engines.taint.components import PATH_KINDS, single_components, split_parts
from guidelint.engines.taint.documents import TEXT_CHECKED
from guidelint.engines.taint.fields import raising_validator
from guidelint.engines.taint.guardshapes import (
    URL_PARTS_ASIDE,
    names_no_host,
    names_option_dash,
    on_either,
    parents,
    refused_text_kinds,
    session_read,
    sliced,
)
from guidelint.engines.taint.helperguards import apply_guard_helper
from guidelint.engines.taint.injected import framework_supplied
from guidelint.engines.taint.items import every_item, iterable_of
from guidelint.engines.taint.labels import (
    CLEAN,
    KEPT_CHECK,
    OBJECT,
    UNKNOWN,
    Env,
    Taint,
    allowing,
    checked,
    outside,
    union,
)
from guidelint.engines.taint.literals import quoted_literals
from guidelint.engines.taint.regexes import LOOSE, loose_flags, pattern_kinds
from guidelint.engines.taint.sitepaths import site_paths, slash_prefix
from guidelint.engines.taint.stores import entry_read, outer_reads
from guidelint.engines.taint.syntax import (
    HOST_PARTS,
    _always_exits,
    _body,
    _call_name,
    _check_kinds,
    _walk,
    raises,
)
from guidelint.engines.taint.tables import (
    ALL_KINDS,
    CONTAINED_KINDS,
    CONTENT_KINDS,
    DESTINATION_KINDS,
    OPTION,
    PATH_ABSOLUTE,
    Clears,
)
from guidelint.semantic.constants import is_constant
from guidelint.semantic.names import dotted

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis


OWN_HOST = re.compile(r"^source: \S*\.(?:host|host_url|url_root|get_host)(?:\(\))? ")
"""Sources that give the host the request was sent to (the Host header the browser sets)."""
OWN_HOST_NAMES = frozenset({"host", "host_url", "url_root", "get_host"})
OWN_HOST_KINDS = frozenset({"redirect"})
"""... a check against which keeps a redirect on this site (a request the server makes can go anywhere: the
client sending it chooses its Host header too)."""


PARSED_URLS = frozenset({"HttpUrl", "AnyHttpUrl", "AnyUrl", "URL"})
"""Classes of a parsed URL (pydantic's, httpx's and yarl's): `.host` is the host of the URL they hold."""


class Guards:
    """Checks that clear a value on the branch where they hold: containment, format and comparison tests."""

    def __init__(self, analysis: Analysis) -> None:
        self.a: Analysis = weakref.proxy(analysis)  # the analysis holds its parts: no cycle keeps its tree alive

    def branch(self, stmt: cst.If, env: Env) -> Taint:
        truth = self.a.fold(stmt.test, env)
        self.a.eval(stmt.test, env)
        orelse = stmt.orelse
        if truth is not UNKNOWN:
            if truth:
                return self.a.statements.block(_body(stmt.body), env)
            if type(orelse) is cst.If:
                return self.branch(orelse, env)
            return self.a.statements.block(_body(orelse.body), env) if orelse is not None else CLEAN
        holds, fails = self.guards(stmt.test, env)
        holds, fails = self.origins(holds), self.origins(fails)
        body_env = env.copy()
        else_env = env.copy()
        for target, clears in ((body_env, holds), (else_env, fails)):
            for name, kinds in clears:
                target.values[name] = checked(target.values.get(name, CLEAN), kinds)
        self.narrow(stmt.test, body_env, else_env)
        returns = self.a.statements.block(_body(stmt.body), body_env)
        exits = _always_exits(stmt.body, self.a.known["exits"], self.a.names.qualname)
        if type(orelse) is cst.If:
            returns = union(returns, self.branch(orelse, else_env))
        elif orelse is not None:
            returns = union(returns, self.a.statements.block(_body(orelse.body), else_env))
        if exits:
            env.values, env.consts = else_env.values, else_env.consts
        elif type(orelse) is cst.Else and _always_exits(orelse.body, self.a.known["exits"], self.a.names.qualname):
            env.values, env.consts = body_env.values, body_env.consts
        else:
            body_env.merge(else_env)
            env.values, env.consts = body_env.values, body_env.consts
        return returns

    def narrow(self, test: cst.BaseExpression, holds: Env, fails: Env) -> None:
        """What a test proves of the values a name can have, in the environment of each branch: nothing the
        dataflow itself uses (the libcst rules' facts record it, `facts.NarrowingGuards`)."""

    def conditional(self, expr: cst.IfExp, env: Env) -> tuple[Taint, Taint]:
        """`m if m in MODES else "fast"`: each side with what the test proves where it is taken."""
        holds, fails = (self.origins(c) for c in self.guards(expr.test, env))
        out = []
        for side, clears in ((expr.body, holds), (expr.orelse, fails)):
            branch = env
            if clears:
                branch = env.copy()
                for name, kinds in clears:
                    branch.values[name] = checked(branch.values.get(name, CLEAN), kinds)
            out.append(self.a.eval(side, branch))
        return out[0], out[1]

    def read_origins(self, parsed: cst.CSTNode, env: Env) -> list[str]:
        """The values a value made by `parsed` stands for in a check (`u = urlparse(x)`: `x`). Of a source object
        itself (the request a view is given), the one read of it the call was given (`request.body`, an entry
        `request.GET['next']`), kept in `env` with what the read gives: a MAC over the body checks the body, not
        the request's other data."""
        found: list[str] = []
        for name in self.a._tainted_names(parsed, env):
            if not all(OBJECT in label.cleared for label in env.values[name]):
                found.append(name)
                continue
            reads = [
                (node, key)
                for node in _walk(parsed)
                if isinstance(node, (cst.Attribute, cst.Subscript, cst.Call))
                and (key := entry_read(self.a, node) if type(node) is not cst.Attribute else self.a._key(node))
                and key.startswith(name + ".")
            ]
            inner = {
                id(n) for node, _ in reads if type(node) is not cst.Attribute for n in _walk(node) if n is not node
            }
            outer = [
                (n, k)
                for n, k in reads
                if id(n) not in inner and not any(k != other and other.startswith(k) for _, other in reads)
            ]
            for node, key in outer:
                if key not in env.values:
                    env.values[key] = self.a.eval(node, env)
            found += [key for _, key in outer] or [name]
        # the process's own configuration (a MAC's key read from the environment) is not what is checked
        data = [n for n in found if not all(label.kind == "local" for label in env.values.get(n, CLEAN))]
        return data or found

    def origins(self, clears: Clears) -> Clears:
        """A check of a value made from another (`u = urlparse(x)`; `u.netloc in ALLOWED`) checks that one too."""
        return clears + [(self.a.derived[name], kinds) for name, kinds in clears if name in self.a.derived]

    def guards(self, test: cst.BaseExpression, env: Env) -> tuple[Clears, Clears]:
        """What a condition proves: (names validated where it holds, names validated where it fails)."""
        if type(test) is cst.UnaryOperation and type(test.operator) is cst.Not:
            holds, fails = self.guards(test.expression, env)
            return fails, holds
        kept = self.a.flags.pop(test.value, None) if type(test) is cst.Name else None
        if kept is not None:  # ok = x in ALLOWED; if not ok: ...: the test it kept (out of the table while read)
            try:
                if all(env.values.get(n) is t for n, t in kept[1].items()) and any(found := self.guards(kept[0], env)):
                    return found
            finally:
                self.a.flags[cast(cst.Name, test).value] = kept
        if type(test) is cst.BooleanOperation:
            left, right = self.guards(test.left, env), self.guards(test.right, env)
            # target.startswith("/") and not target.startswith("//"): a path of this site (sitepaths.py)
            folded = partial(self.a.fold, env=env)
            site = [
                (n, DESTINATION_KINDS) for n in site_paths(test, type(test.operator) is cst.And, folded, self.a.derived)
            ]
            # os.path.dirname(part) or part in (os.curdir, os.pardir): where it fails, one path component
            site += [
                (n, PATH_KINDS)
                for value in single_components(test, self.a.names.qualname)
                for n in self.compared(value, env)
            ]
            # s[0] == s[-1] == '"' and '"' not in s[1:-1]: one string literal, which runs nothing
            site += [(n, CODE_KINDS) for n in quoted_literals(test, type(test.operator) is cst.And, folded)]
            if type(test.operator) is cst.And:
                return left[0] + right[0] + site, on_either(left[1], right[1])
            return on_either(left[0], right[0]), left[1] + right[1] + site
        if type(test) is cst.Comparison and len(test.comparisons) == 1:
            op, other = test.comparisons[0].operator, test.comparisons[0].comparator
            if isinstance(op, (cst.In, cst.NotIn)):
                if parents(other) and not self.a._tainted_names(test.left, env):
                    # BASE in path.parents: where it holds, the path lies inside the base
                    clears = [(n, CONTAINED_KINDS) for n in self.compared(other.value, env)]
                    return ([], clears) if type(op) is cst.NotIn else (clears, [])
                if is_constant(test.left):  # "../" in name: the value is valid where the check fails, but a
                    # refused text keeps no URL on this site: a destination has other spellings ("//", "/\\")
                    kinds = refused_text_kinds(self.a.fold(test.left, env))
                    clears = [(n, kinds) for n in self.compared(other, env)]
                    return (clears, []) if type(op) is cst.NotIn else ([], clears)
                if outside(held := self.a.eval(other, env)):
                    return [], []  # host in request.args["hosts"]: a collection the requester wrote allows anything
                kinds = allowing(held - framework_supplied(self.a, held))
                clears = [(n, kinds) for n in self.compared(test.left, env)]
                return ([], clears) if type(op) is cst.NotIn else (clears, [])
            if (
                isinstance(op, (cst.Is, cst.IsNot))
                and type(test.left) is cst.Call
                and type(other) is cst.Name
                and other.value == "None"
            ):  # PATTERN.fullmatch(name) is not None: the check holds where its result is not None
                holds, fails = self.guards(test.left, env)
                if holds or fails:
                    return (fails, holds) if type(op) is cst.Is else (holds, fails)
            if isinstance(op, (cst.Equal, cst.NotEqual, cst.Is, cst.IsNot)) and (
                self.fixed(other, env) or self.fixed(test.left, env) or self.common_base(test.left, other, env)
            ):  # a literal or a name bound to a constant: os.path.commonpath([path, BASE]) == BASE
                clears = [(n, ALL_KINDS) for n in self.compared(test.left, env) + self.compared(other, env)]
                return ([], clears) if isinstance(op, (cst.NotEqual, cst.IsNot)) else (clears, [])
            if isinstance(op, (cst.Equal, cst.NotEqual)) and (session_read(other) or session_read(test.left)):
                # oid == request.session.get("oid"): where it holds, the value is the one the server kept for
                # this client (what it stored there is judged where it stores it)
                clears = [(n, ALL_KINDS) for n in self.compared(test.left, env) + self.compared(other, env)]
                return ([], clears) if type(op) is cst.NotEqual else (clears, [])
            if isinstance(op, (cst.Equal, cst.NotEqual)) and (
                self.own_host(other, env) or self.own_host(test.left, env)
            ):
                # urlparse(target).netloc == urlparse(request.host_url).netloc: where it holds, the browser
                # stays on the host it asked for (a redirect); a request's server can be anything (its Host)
                clears = [(n, OWN_HOST_KINDS) for n in self.compared(test.left, env) + self.compared(other, env)]
                return ([], clears) if type(op) is cst.NotEqual else (clears, [])
        if type(test) is cst.Call:
            holds, fails = self.called(test, env)
            return holds, fails + self.formula_free(test, env)
        name = test.value if type(test) is cst.Name else None
        if name and (kept := next((e for e in env.consts.get(KEPT_CHECK, ()) if e[0] == name), None)) is not None:
            return list(kept[1]), list(kept[2])  # ok = check(x); if ok: (statements.kept_check)
        if name and env.values.get(name):
            return [], [(name, ALL_KINDS)]  # where `x` tests false it is "", None, 0 or empty: none of its input
        return [], []

    def formula_free(self, test: cst.Call, env: Env) -> Clears:
        """Where the test fails, the value starts no spreadsheet formula (cells.py)."""
        fold, compared = partial(self.a.fold, env=env), partial(self.compared, env=env)
        return formula_free(test, fold, compared, self.a.names.qualname)

    def called(self, test: cst.Call, env: Env) -> tuple[Clears, Clears]:
        """What a call in a condition proves: a check function's own checks, or those its name says."""
        if (
            _call_name(test) in ("any", "all")
            and len(test.args) == 1
            and isinstance(test.args[0].value, (cst.GeneratorExp, cst.ListComp))
        ):  # any(is_within(root, path) for root in ROOTS): the check inside, for some or every item
            comp = test.args[0].value
            iterable = iterable_of(comp)
            inner = env
            if iterable is not None and iterable in env.values:  # the item holds what the iterable holds
                inner = env.copy()
                inner.values[cast(cst.Name, comp.for_in.target).value] = env.values[iterable]
            held, failed = self.guards(comp.elt, inner)
            every = _call_name(test) == "all"
            # any(part in ("", "..") for part in rel.split("/")) fails: rel is a relative path without ".."
            split = split_parts(comp, every, self.a.names.qualname)
            whole = [(n, PATH_KINDS) for n in self.compared(split, env)] if split is not None else []
            if every:  # holds for every item: for the iterable's items
                return held + every_item(comp, held) + whole, failed
            return held, failed + every_item(comp, failed) + whole  # any(bad(p) for p in parts) fails for each
        regex = self.regex_kinds(test, env)
        kinds = _check_kinds(_call_name(test), self.a.known) if regex is None else regex
        if _call_name(test) == "isinstance":
            kinds = self.type_kinds(test)
        elif _call_name(test) == "compare_digest" and sum(outside(self.a.eval(a.value, env)) for a in test.args) > 1:
            return [], []  # compare_digest(sig, request.args["expected"]): equal to what the requester also sent
        if "path" in kinds and self.unnormalized(test.func):
            kinds -= {"path"}
        rooted = slash_prefix(test, partial(self.a.fold, env=env))
        if rooted:  # "//evil.example" and "/etc/passwd" start with "/" too: a prefix that contains nothing
            kinds -= DESTINATION_KINDS | {"path"}
        rooted = rooted or self.a.names.qualname(test.func) in ABSOLUTE_TESTS or _call_name(test) == "is_absolute"
        if _call_name(test) == "startswith" and test.args and names_no_host(self.a.fold(test.args[0].value, env)):
            kinds -= DESTINATION_KINDS  # "http", "https://example.com": example.com.evil.net, @evil.net
        if (
            type(test.func) is cst.Attribute
            and _call_name(test) in self.a.known["self-checks"]
            and all(a.keyword is not None for a in test.args)
        ):  # form.is_valid(): only the declared fields remain, with any text (converting fields: `converted-fields`)
            kinds = frozenset({"mass-assignment"})
        parts = [test.func.value] if type(test.func) is cst.Attribute else []
        parts += [a.value for a in test.args]
        parts = [p for p in parts if not sliced(p)]  # amount[:1].isdigit(): the rest of amount is not checked
        names = [n for part in parts for n in self.checked_names(part, env)]
        # compare_digest(sig, expected) after expected = hmac.new(KEY, data, ...).hexdigest(): a clean value
        # made from a tainted one stands for it in a check
        names += [p.value for p in parts if type(p) is cst.Name and p.value in self.a.derived and p.value not in names]
        local = self.a.calls.local_function(test.func)
        if local is not None:  # a check written in this module: what it checks inside, not its name
            inside = checks_in(self.a, local[0])
        else:  # ... or in another module of the project
            given = union(*(env.values.get(n, CLEAN) for n in names))
            remote = self.a.calls.remote(test.func, bool(names), given)
            inside = remote.summary.checks if remote is not None and not remote.constructor else None
        if inside is not None:
            kinds = inside
        # where a test for a root or absolute path fails, the path is relative: half of staying in a base
        fails: Clears = [(n, frozenset({PATH_ABSOLUTE})) for n in names] if rooted else []
        if _call_name(test) == "startswith" and test.args and names_option_dash(self.a.fold(test.args[0].value, env)):
            fails += [(n, frozenset({OPTION})) for n in names]  # ref.startswith("-") fails: ref is no option
        if not kinds:
            return [], fails
        return [(n, kinds) for n in names], fails

    def checked_names(self, expr: cst.BaseExpression, env: Env) -> list[str]:
        """What a check given `expr` validates: the tainted names in it, or, for an entry read by a constant
        key (`request.GET.get("next")`), that entry alone, as a read of it again after the check gives it."""
        entry = self.entry(expr, env)
        # hmac.new(KEY, request.get_data()).hexdigest(): as a name in it, each read in it a read again gives
        reads = [] if entry else [n for node in _walk(expr) if node is not expr and (n := self.entry(node, env))]
        return [entry] if entry is not None else self.a._tainted_names(expr, env) + outer_reads(reads, env)

    def entry(self, expr: cst.CSTNode, env: Env) -> str | None:
        """The entry `expr` reads by a constant key, kept in `env` with what the read gives (None when it is no
        such read, or gives nothing tainted)."""
        if not (type(expr) is cst.Call or type(expr) is cst.Subscript):
            return None
        entry = entry_read(self.a, expr)
        if entry is None:
            return None
        if entry not in env.values:
            env.values[entry] = self.a.eval(expr, env)
        return entry if env.values[entry] else None

    def asserted(self, call: cst.BaseExpression, env: Env) -> None:
        """`check_host(host)` as a statement: a check function of this module or another that raises when
        the check fails validates what it was given, from there on (its result is not what matters)."""
        if type(call) is not cst.Call:
            return
        callee = self.a.names.qualname(call.func) or dotted(call.func) or ""
        admits = raising_validator(self.a, call.func) if call.args else frozenset()
        if admits:  # TABLE_NAME(table) of TABLE_NAME = RegexValidator(r"^[a-z_]+$"): raises unless it matches
            for name in self.checked_names(call.args[0].value, env):
                env.values[name] = checked(env.values[name], admits)
            return
        if call.args and callee in self.a.known["raising-conversions"]:
            # date.fromisoformat(day), int(n): raises unless its argument is of that format; what the
            # conversion's result is safe for, the argument is from there on
            converts = self.a.calls.sanitizes(callee, None)
            for name in self.checked_names(call.args[0].value, env) if converts else ():
                env.values[name] = checked(env.values[name], converts or frozenset())
            return
        names = [n for a in call.args for n in self.checked_names(a.value, env)]
        if not names:
            return
        local = self.a.calls.local_function(call.func)
        if local is not None and local[1] is None and apply_guard_helper(self.a, local[0], call, env):
            return  # _refuse(name): `if "/" in name: raise ...` as if written here
        if local is not None:
            kinds = checks_in(self.a, local[0]) if local[1] is None and raises(local[0]) else None
        else:
            remote = self.a.calls.remote(call.func, True, union(*(env.values.get(n, CLEAN) for n in names)))
            summary = remote.summary if remote is not None and not remote.method else None
            kinds = summary.checks if summary is not None and summary.raises else None
        for name in names:
            if kinds:
                env.values[name] = checked(env.values[name], kinds)

    def unnormalized(self, func: cst.BaseExpression) -> bool:
        """`path.startswith(BASE)` of a `path = os.path.join(BASE, name)` (or of the join itself): a prefix
        test of a path whose ".." parts nothing resolved, which keeps it nowhere."""
        if type(func) is not cst.Attribute or func.attr.value != "startswith":
            return False
        owner = func.value
        made = self.a.names.qualname(owner.func) if type(owner) is cst.Call else self.a.calls.maker(owner)
        return made is not None and made in self.a.known["unnormalized"]

    def own_host(self, expr: cst.BaseExpression, env: Env) -> bool:
        """An expression the request's own host gives (`request.host`, `urlparse(request.host_url).netloc`,
        `request.get_host()`): what the client's browser asked for, whatever else the request holds."""
        if not any(type(n) is cst.Attribute and n.attr.value in OWN_HOST_NAMES for n in _walk(expr)):
            return False
        taint = self.a.eval(expr, env)
        return bool(taint) and all(label.steps and OWN_HOST.search(label.steps[0][1]) for label in taint)

    def common_base(self, left: cst.BaseExpression, right: cst.BaseExpression, env: Env) -> bool:
        """commonpath([base, path]) == base of a base no outsider chose (join(settings.ROOT, "x"): configured)."""
        pairs = ((left, right), (right, left))
        return any(
            type(c) is cst.Call and _call_name(c) in COMMON and not self.a._tainted_names(o, env) for c, o in pairs
        )

    def fixed(self, expr: cst.BaseExpression, env: Env) -> bool:
        return is_constant(expr) or (type(expr) is cst.Name and self.a.fold(expr, env) is not UNKNOWN)

    def regex_kinds(self, call: cst.Call, env: Env) -> frozenset[str] | None:
        """`re.fullmatch(r"[a-z0-9-]+", name)`, or `SLUG.fullmatch(name)` with a module's `SLUG =
        re.compile(...)`: a check by its pattern, not by the method's name. A whole-string match keeps content
        harmless; of a pattern that only lets letters, digits, `_` and `-` through, it also keeps paths and
        URLs where they belong, as `isalnum()` does. A match the pattern does not anchor at both ends (`re.match`
        without `$`) accepts anything after (or before) what it matched: it checks nothing. None: no match of a
        known pattern."""
        how = _call_name(call)
        if how not in ("fullmatch", "match", "search") or type(call.func) is not cst.Attribute:
            return None
        if self.a.names.qualname(call.func) == f"re.{how}" and call.args:
            if loose_flags(call, 2, self.a.names.qualname):  # re.match(p, s, re.M): ^ and $ match at any line
                return frozenset()
            pattern = self.a.fold(call.args[0].value, env)
        else:
            if len(call.args) > 1:  # SLUG.fullmatch(s, pos, endpos): a match of a part of the string
                return frozenset()
            owner = dotted(call.func.value) or ""
            pattern = self.pattern_of(owner) if "." not in owner else self.compiled_attribute(owner)
            if pattern is LOOSE:
                return frozenset()
        return pattern_kinds(pattern, how) if isinstance(pattern, str) else None

    def compiled_attribute(self, owner: str) -> Any:
        """`self.pattern.fullmatch(x)` in a method of a class whose `__init__` compiles that attribute from a
        constant: `self.pattern = re.compile(r"...")`, or from a parameter's constant default (what an instance
        made without that argument matches; one given another pattern is not followed)."""
        init = self.a.classes.get(self.a.current_class or "", {}).get("__init__")
        if init is None or not owner.startswith("self."):
            return UNKNOWN
        defaults = {p.name.value: p.default for p in self.a._params(init) if p.default is not None}
        found = UNKNOWN
        for stmt in _body(init.body):
            for small in stmt.body if type(stmt) is cst.SimpleStatementLine else ():
                if type(small) is not cst.Assign or [dotted(t.target) for t in small.targets] != [owner]:
                    continue
                value = small.value
                compiles = type(value) is cst.Call and self.a.names.qualname(value.func) == "re.compile"
                if not (type(value) is cst.Call and compiles and value.args):
                    return UNKNOWN  # set to something else as well
                if loose_flags(value, 1, self.a.names.qualname):
                    return LOOSE
                given = value.args[0].value
                if type(given) is cst.Name and given.value in defaults:
                    given = defaults[given.value]
                found = self.a.fold(given, self.a.module_env)
        return found

    def pattern_of(self, name: str) -> Any:
        """The pattern a name is compiled from: `strip = re.compile(r"...")` in the function, else the module's."""
        return self.a.patterns.get(name, self.compiled().get(name, UNKNOWN))

    def compiled(self) -> dict[str, Any]:
        """The module's patterns compiled at import: `SLUG = re.compile(r"...")`."""
        found: dict[str, Any] | None = self.a.memo.get("compiled")
        if found is None:
            found = self.a.memo["compiled"] = {}
            for name, values in self.a.bindings.items():
                value = values[-1]
                if type(value) is cst.Call and value.args and self.a.names.qualname(value.func) == "re.compile":
                    loose = loose_flags(value, 1, self.a.names.qualname)
                    found[name] = LOOSE if loose else self.a.fold(value.args[0].value, self.a.module_env)
        return found

    def type_kinds(self, test: cst.Call) -> frozenset[str]:
        """What `isinstance(value, T)` proves: a number, a UUID or a date has harmless text (a float or a
        Decimal may be "nan"); a str, bytes or container any text."""
        given = test.args[1].value if len(test.args) == 2 else None
        types: list[cst.BaseExpression] = []
        stack = [given] if given is not None else []
        while stack:  # (int, float) and int | float (PEP 604) name the same types
            node = stack.pop()
            if isinstance(node, cst.Tuple):
                stack += [e.value for e in node.elements if isinstance(e, cst.Element)]
            elif isinstance(node, cst.BinaryOperation) and isinstance(node.operator, cst.BitOr):
                stack += [node.left, node.right]
            else:
                types.append(node)
        names = {(self.a.names.qualname(t) or dotted(t) or "").removeprefix("builtins.") for t in types}
        if names and names <= HARMLESS_TYPES | NUMBER_TYPES | TEXT_TYPES and names & TEXT_TYPES:
            return TEXT_CHECKED  # text (or a number) is no query document, whatever its characters
        if not names or not names <= HARMLESS_TYPES | NUMBER_TYPES:
            return frozenset()
        return (CONTENT_KINDS | CONTAINED_KINDS) - (FLOAT_KINDS if names & NUMBER_TYPES else frozenset())

    def compared(self, expr: cst.BaseExpression, env: Env) -> list[str]:
        """Tainted names whose value a comparison tests: the name itself, a slice or an item of it, what a
        method or function makes of it (`s[1:-1]`, `name.lower()`, `len(s)`), but not an attribute or an
        entry read from it: `request.method == "GET"` or `reply["id"] == sent_id` says nothing of the rest
        of the request or the reply. An attribute of a value a call parsed out of one other value is a part
        of that parse (`urlparse(x).netloc`): it is tested. An entry read by a constant key is tested as
        that entry (`request.GET.get("next")`, read again after the check)."""
        names = []
        stack: list[cst.CSTNode] = [expr]
        while stack:
            node = stack.pop()
            entry = self.entry(node, env)
            if entry is not None:  # request.GET.get("next"): that entry, read again later, is what was tested
                names.append(entry)
            elif type(node) is cst.Name:
                if env.values.get(node.value):
                    names.append(node.value)
            elif type(node) is cst.Call and _call_name(node) in self.a.known["measures"]:
                continue  # len(ref) == 36, ip.count(".") == 3: a measure of the value, not its text
            elif type(node) is cst.Call and type(node.func) is cst.Attribute:
                stack.append(node.func.value)  # name.lower(): the method, not an attribute, of the value
                stack.extend(a.value for a in node.args)
            elif type(node) is cst.Subscript:
                continue  # one entry of a mapping, an item or a slice of a text: the rest is not tested
            elif type(node) is cst.Attribute:
                base = node.value
                if node.attr.value in URL_PARTS_ASIDE:
                    continue  # urlparse(x).path in STEPS: the path of a URL says nothing of its host
                if type(base) is cst.Name and base.value in self.a.derived and env.values.get(base.value):
                    names.append(base.value)
                elif type(base) is cst.Name and node.attr.value in HOST_PARTS and self.parsed_url(base.value):
                    names.append(base.value)  # url.host of a parameter `url: HttpUrl`: the URL's own host
                elif type(base) is cst.Call:  # urlparse(url).hostname: as when the parse is named first
                    parsed = {n for a in base.args for n in self.a._tainted_names(a.value, env)}
                    names.extend(parsed if len(parsed) == 1 else ())
                elif (path := self.attribute_path(node, env)) is not None:
                    names.append(path)  # query.data not in HOSTS: that attribute, read again later, was tested
            else:
                stack.extend(children(node))
        return names

    def attribute_path(self, node: cst.Attribute, env: Env) -> str | None:
        """An attribute read by a dotted path from a name (`query.data`, `update.callback_query.data`), kept in
        `env` with what the read gives: a check of it holds for that attribute read again, until the name is
        bound again (statements.py), not for the rest of the object (None when it reads nothing tainted)."""
        key = self.a._key(node)
        if key is None:
            return None
        if key not in env.values:
            env.values[key] = self.a.eval(node, env)
        return key if env.values[key] else None

    def parsed_url(self, name: str) -> bool:
        """A parameter of the function annotated as a parsed URL (`url: HttpUrl`, `httpx.URL`): its host is
        a part of its value, as `urlparse(x).hostname` is of x."""
        fn = self.a.names.functions[-1] if self.a.names.functions else None
        params = [p for p in (*fn.params.posonly_params, *fn.params.params)] if fn is not None else []
        annotation = next((p.annotation for p in params if p.name.value == name), None)
        named = self.a.names.qualname(annotation.annotation) or dotted(annotation.annotation) if annotation else ""
        return (named or "").rsplit(".", 1)[-1] in PARSED_URLS


CODE_KINDS = frozenset({"code"})
HARMLESS_TYPES = frozenset({"int", "bool", "uuid.UUID", "datetime.date", "datetime.datetime", "datetime.time"})
NUMBER_TYPES = frozenset({"float", "decimal.Decimal"})
TEXT_TYPES = frozenset({"str", "bytes"})
FLOAT_KINDS = frozenset({"float-parse"})
ABSOLUTE_TESTS = frozenset({"os.path.isabs", "posixpath.isabs", "ntpath.isabs"})


COMMON = ("commonpath", "commonprefix")
