"""Shape proofs: what a file's Python `ast` must contain for a libcst rule to be able to report in it.

A rule's needles say which words a file needs; many files hold the words without the code the rule judges
(`cursor.execute(sql, params)` is everywhere in a database backend, `execute("SELECT 1")` builds nothing).
A rule may declare a `Shape` beside its needles: a file whose tree has none of the shape's parts cannot get
a finding from the rule, so it is not parsed with libcst for it. One `ast.parse` and one walk per file
answer every rule's shape (`Facts`); the parse doubles as the syntax check of a file that no rule needs.

A shape only rules a file OUT, and only by proof. Its parts (a rule may report if the file has any):

* `calls`: the rule reports only at a call of one of these names (the last part of the callee, or a name
  bound to it) given an argument other than a constant (with `bare`, also one given none). So every
  occurrence of such a name keeps the file in, except as the callee of a call given only constants: an
  import, an assignment, a reference, a decorator, a `def`, a string naming it (`getattr(db, "text")`,
  also `"te" + "xt"`: the constants the rules' name resolution folds). A qualified name
  (`sqlalchemy.text`) resolves only through a binding that names its top package, so its last part
  counts only in a file where the package's name occurs too (an import, `__import__("sqlalchemy")`).
* `methods`: the rule reports only at a method call `x.name(...)` given an argument other than a constant
  (with `bare`, also one given none): the rule reads the attribute's name and resolves nothing.
* `built_first`: methods the rule judges only when their first positional argument is text built in place
  (an f-string, `a + b`, `t % v`, `t.format(...)`): `q.filter("a = " + b)`.
* `names`: the rule reports only where one of these names occurs, in any role.
* `words`: the rule reports only on a value named with one of these words (`db_password`, `form.pwd`):
  some variable or attribute name, lower-cased, contains one.
* `markup`: the rule reports only where a string is built (f-string, `+`, `%`, `.format` of a literal) from
  literal text containing this: a string constant in an f-string, an operand of an operator, an item of
  the tuple or dict after `%`, or the text `.format` is called on.

Names may be written qualified (`subprocess.run`, a rule's own `calls`): the last part is what counts.
A name `@section` stands for the names a section of the knowledge base holds (`@sql.methods`: the SQL
methods the active packs name), so a CSIRT's pack that adds an SQL API widens the shape with it.
Kept free of libcst: the scan decides with it before importing libcst.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from typing import Any

from guidelint.knowledge import Knowledge
from guidelint.semantic.pytree import parsed

EVERY_NAME = "*"  # a folded string too long to split: it may name anything (`Facts.names`)
HUGE = 1_000_000


@dataclass(frozen=True)
class Shape:
    """The parts of a file's tree without which a rule cannot report (see the module's docstring)."""

    calls: tuple[str, ...] = ()
    methods: tuple[str, ...] = ()
    bare: bool = False  # a call of `calls` or `methods` given no argument may be reported too
    built_first: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    words: tuple[str, ...] = ()
    markup: str = ""

    def to_json(self) -> dict[str, Any]:
        return {f.name: list(v) if isinstance(v := getattr(self, f.name), tuple) else v for f in fields(self)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Shape:
        values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in data.items()}
        return cls(**values)

    def bind(self, knowledge: Knowledge) -> Bound:
        """The shape with the knowledge base's sections filled in."""

        def qualified(names: tuple[str, ...]) -> set[str]:
            out: set[str] = set()
            for name in names:
                out |= knowledge_names(knowledge, name[1:]) if name.startswith("@") else {name}
            return out

        def last(names: tuple[str, ...]) -> frozenset[str]:
            return frozenset(name.rsplit(".", 1)[-1] for name in qualified(names))

        # a qualified callee resolves only through a binding that names its top package (an import, a
        # star import, `__import__("pkg")`): its last part counts only where the package is named too
        calls = frozenset((n.rsplit(".", 1)[-1], n.split(".")[0] if "." in n else "") for n in qualified(self.calls))
        methods, built_first, names = last(self.methods), last(self.built_first), last(self.names)
        words = frozenset(w.lower() for w in self.words)
        return Bound(calls, methods, self.bare, built_first, names, words, self.markup)


@dataclass(frozen=True)
class Bound:
    """A shape whose knowledge-base sections are filled in."""

    calls: frozenset[tuple[str, str]]  # (last part, top package or "" for a builtin)
    methods: frozenset[str]
    bare: bool
    built_first: frozenset[str]
    names: frozenset[str]
    words: frozenset[str]
    markup: str

    def holds(self, facts: Facts) -> bool:
        """Whether the file has a part of the shape (the rule may report: parse it)."""
        return (
            any(last in facts.names and (not top or top in facts.names) for last, top in self.calls)
            or (bool(self.calls) and EVERY_NAME in facts.names)
            or not self.methods.isdisjoint(facts.methods)
            or (self.bare and any(last in facts.bare and (not top or top in facts.names) for last, top in self.calls))
            or (self.bare and not self.methods.isdisjoint(facts.bare))
            or not self.built_first.isdisjoint(facts.built_first)
            or not self.names.isdisjoint(facts.names)
            or not self.names.isdisjoint(facts.called)
            or any(word in facts.variables for word in self.words)
            or bool(self.markup and any(self.markup in text for text in facts.built_texts))
        )


def knowledge_names(knowledge: Knowledge, section: str) -> frozenset[str]:
    """The calls a section of the knowledge base names (qualified where it qualifies them)."""
    sql = knowledge.sql
    sections: dict[str, Iterable[str]] = {
        "sql.functions": sql.functions,
        "sql.methods": sql.methods,
        "sql.text-only-methods": sql.text_only_methods,
        "sql.fragment-methods": (m for methods in sql.fragment_methods.values() for m in methods),
        "deserializers.calls": knowledge.deserializers,
    }
    if section not in sections:
        raise ValueError(f"a shape names an unknown section of the knowledge base: @{section}")
    return frozenset(sections[section])


@dataclass(frozen=True)
class Facts:
    """What one walk of a file's tree found, for every rule's shape."""

    names: frozenset[str]  # names occurring other than as the callee of a call given only constants
    called: frozenset[str]  # callees of calls given only constants (or nothing)
    bare: frozenset[str]  # callees of calls given nothing
    methods: frozenset[str]  # methods called with an argument other than a constant
    built_first: frozenset[str]  # methods called with a first positional argument built in place
    built_texts: tuple[str, ...]  # literal text of the strings built by formatting or concatenation
    variables: str  # the names of variables and attributes, lower-cased, one a line


@dataclass
class _Walk:
    """What the walk of one tree has gathered so far."""

    names: set[str]
    called: set[str]
    bare: set[str]
    methods: set[str]
    built_first: set[str]
    built_texts: list[str]
    quiet: set[int]  # ids of the callees of calls given only constants
    inner: set[int]  # ids of the operands of a `+` or `*` folded already (with the whole expression)


def facts(text: str) -> Facts | None:
    """The facts of a source, or None when Python's parser does not accept it (then nothing is ruled out)."""
    tree = parsed(text)  # parsed once: the project model reads the same tree if the file is checked
    if tree is None:
        return None
    w = _Walk(set(), set(), set(), set(), set(), [], set(), set())
    names = w.names
    variables: set[str] = set()
    for node in _nodes(tree):  # parents before children: a call marks its callee quiet before it is seen
        if isinstance(node, ast.Name):
            variables.add(node.id)
            if id(node) not in w.quiet:
                names.add(node.id)
        elif isinstance(node, ast.Attribute):
            variables.add(node.attr)
            if id(node) not in w.quiet:
                names.add(node.attr)
        elif isinstance(node, ast.Constant):
            if type(node.value) is str:
                names.update(_named(node.value))
        elif isinstance(node, ast.Call):
            _call(node, w)
        elif isinstance(node, ast.BinOp):
            _operation(node, w)
        elif isinstance(node, ast.JoinedStr):
            w.built_texts.extend(_texts(node.values))
        elif isinstance(node, ast.ImportFrom):
            names.update((node.module or "").split("."))
        elif isinstance(node, ast.alias):
            names.update(node.name.split("."))
            if node.asname:
                names.add(node.asname)
        elif isinstance(node, _DEFINITIONS):
            names.add(node.name)
    return Facts(
        frozenset(names),
        frozenset(w.called),
        frozenset(w.bare),
        frozenset(w.methods),
        frozenset(w.built_first),
        tuple(w.built_texts),
        "\n".join(variables).lower(),
    )


_DEFINITIONS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_NOT_CHILDREN = {"ctx", "op", "ops"}  # Load/Store and operator nodes: nothing a shape asks about
_FIELDS: dict[type, tuple[str, ...]] = {}


def _nodes(tree: ast.AST) -> Iterator[ast.AST]:
    """Every node of the tree but contexts and operators, each before its children (`ast.walk` visits
    those too, a third more nodes, and costs twice as much)."""
    stack = [tree]
    while stack:
        node = stack.pop()
        yield node
        kind = type(node)
        fields = _FIELDS.get(kind)
        if fields is None:
            fields = _FIELDS[kind] = tuple(f for f in kind._fields if f not in _NOT_CHILDREN)
        for field in fields:
            value = getattr(node, field, None)
            if type(value) is list:
                stack.extend(v for v in value if isinstance(v, ast.AST))
            elif isinstance(value, ast.AST):
                stack.append(value)


def _operation(node: ast.BinOp, w: _Walk) -> None:
    w.built_texts.extend(_texts((node.left, node.right)))
    if isinstance(node.op, ast.Mod) and isinstance(node.right, ast.Tuple):
        w.built_texts.extend(_texts(node.right.elts))
    elif isinstance(node.op, ast.Mod) and isinstance(node.right, ast.Dict):
        w.built_texts.extend(_texts(node.right.values))
    if isinstance(node.op, (ast.Add, ast.Mult)):
        folded = None if id(node) in w.inner else _folded(node)
        w.inner.update((id(node.left), id(node.right)))
        if folded is not None:
            w.names.update(_named(folded) if folded != EVERY_NAME else (EVERY_NAME,))


def _call(node: ast.Call, w: _Walk) -> None:
    func = node.func
    arguments = [*node.args, *(k.value for k in node.keywords)]  # `*a` and `**kw` are not constants
    quiet = all(_constant(a) for a in arguments)
    if isinstance(func, (ast.Name, ast.Attribute)) and quiet:
        w.quiet.add(id(func))
        name = func.id if isinstance(func, ast.Name) else func.attr
        w.called.add(name)
        if not arguments:
            w.bare.add(name)
    if isinstance(func, ast.Attribute):
        if not quiet:
            w.methods.add(func.attr)
        if node.args and _built(node.args[0]):
            w.built_first.add(func.attr)
        if func.attr == "format":
            w.built_texts.extend(_texts((func.value,)))


def _constant(expr: ast.expr) -> bool:
    """A literal the rules' constant folder knows (not `...`, not a complex number)."""
    return isinstance(expr, ast.Constant) and (expr.value is None or type(expr.value) in (str, bytes, int, float, bool))


def _named(text: str) -> Iterable[str]:
    """The names a string can stand for in a lookup (`"os.system"`: os, system)."""
    return (part for part in text.split(".") if part.isidentifier())


def _folded(expr: ast.BinOp) -> str | None:
    """The text of a sum of string constants (`"exe" + "cute"`, `"ab" * 2`), as the constant folder sees it."""
    parts: list[str] = []
    stack: list[ast.expr] = [expr]
    while stack:
        part = stack.pop()
        if isinstance(part, ast.BinOp) and isinstance(part.op, ast.Add):
            stack += [part.right, part.left]
        elif isinstance(part, ast.Constant) and isinstance(part.value, str):
            parts.append(part.value)
        elif isinstance(part, ast.BinOp) and isinstance(part.op, ast.Mult):
            count, text = _repeated(part)
            if text is None or count is None:
                return None
            if text == EVERY_NAME or len(text) * count > HUGE:
                return EVERY_NAME
            parts.append(text * count)
        else:
            return None
    return "".join(parts)


def _repeated(expr: ast.BinOp) -> tuple[int | None, str | None]:
    """`text * count` or `count * text`: the count and the folded text."""
    for count, text in ((expr.right, expr.left), (expr.left, expr.right)):
        if isinstance(count, ast.Constant) and type(count.value) is int:
            return count.value, _folded_operand(text)
    return None, None


def _folded_operand(expr: ast.expr) -> str | None:
    if isinstance(expr, ast.Constant):
        return expr.value if isinstance(expr.value, str) else None
    return _folded(expr) if isinstance(expr, ast.BinOp) else None


def _built(expr: ast.expr) -> bool:
    """Text built in place: an f-string, `a + b`, `t % v` or `t.format(...)`."""
    if isinstance(expr, ast.JoinedStr):
        return True
    if isinstance(expr, ast.BinOp):
        return isinstance(expr.op, (ast.Add, ast.Mod))
    return isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute) and expr.func.attr == "format"


def _texts(parts: Sequence[ast.expr | None]) -> Iterable[str]:
    for part in parts:
        if isinstance(part, ast.Constant) and isinstance(part.value, (str, bytes)):
            value = part.value
            yield value if isinstance(value, str) else value.decode("latin-1")
