"""Name resolution of one module: scopes fed by import statements as they are met, and the qualified
name an expression refers to (`yaml.load`, `os.system` through `from os import system as run`).

One implementation for the libcst rules (through their `Context`) and for the dataflow engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import libcst as cst

from guidelint.semantic.constants import constant_value

SCOPE_KINDS: dict[type[cst.CSTNode], str] = {cst.FunctionDef: "function", cst.ClassDef: "class", cst.Lambda: "function"}
"""Nodes whose body is a scope of its own."""

BUILTINS = frozenset(
    {"eval", "exec", "compile", "open", "input", "__import__", "getattr", "setattr", "print", "format"}
)


@dataclass
class Scope:
    """Names bound in one function, class or module body: local name -> qualified name (None: shadowed)."""

    kind: str
    names: dict[str, str | None] = field(default_factory=dict)


def private_name(name: str) -> bool:
    """`_op`: private to its class or module by convention (not a dunder, not name-mangled `__x`)."""
    return name.startswith("_") and not name.startswith("__")


def dotted(expr: cst.BaseExpression) -> str | None:
    """`a.b.c` as text for Name/Attribute chains, else None (no import resolution)."""
    parts: list[str] = []
    while type(expr) is cst.Attribute:  # (Attribute and Name have no subclasses: no ABCMeta isinstance)
        parts.append(expr.attr.value)
        expr = expr.value
    if type(expr) is not cst.Name:
        return None
    parts.append(expr.value)
    return ".".join(reversed(parts))


def import_bindings(node: cst.Import | cst.ImportFrom) -> list[tuple[str, str | None]]:
    """(local name, qualified name) pairs an import statement binds."""
    out: list[tuple[str, str | None]] = []
    if isinstance(node, cst.Import):
        for alias in node.names:
            full = dotted(alias.name) or ""
            if alias.asname is not None and isinstance(alias.asname.name, cst.Name):
                out.append((alias.asname.name.value, full))
            else:
                head = full.split(".")[0]
                out.append((head, head))
        return out
    if isinstance(node.names, cst.ImportStar):
        return out
    base = "." * len(node.relative) + (dotted(node.module) or "" if node.module is not None else "")
    for alias in node.names:
        name = alias.name.value if isinstance(alias.name, cst.Name) else dotted(alias.name) or ""
        local = alias.asname.name.value if alias.asname and isinstance(alias.asname.name, cst.Name) else name
        out.append((local, f"{base}.{name}" if base and not base.endswith(".") else f"{base}{name}"))
    return out


class Names:
    """The names bound at the point being walked, innermost scope last, and what they resolve to."""

    def __init__(self) -> None:
        self.scopes: list[Scope] = [Scope("module")]
        self.functions: list[cst.FunctionDef] = []
        self.classes: list[cst.ClassDef] = []
        self.module_defined: set[str] = set()
        self.star_imports: list[str] = []  # modules of `from x import *` at module level

    def prescan(self, module: cst.Module) -> None:
        """Bind module-level imports up front (functions may use names imported further down)."""
        stack: list[cst.CSTNode] = list(module.body)
        while stack:
            stmt = stack.pop()
            if isinstance(stmt, cst.SimpleStatementLine):
                for small in stmt.body:
                    if isinstance(small, (cst.Import, cst.ImportFrom)):
                        for local, full in import_bindings(small):
                            self.scopes[0].names.setdefault(local, full)
                        if (
                            isinstance(small, cst.ImportFrom)
                            and isinstance(small.names, cst.ImportStar)
                            and small.module
                        ):
                            self.star_imports.append(dotted(small.module) or "")
                    elif isinstance(small, cst.Assign):
                        for target in small.targets:
                            if isinstance(target.target, cst.Name):
                                self.module_defined.add(target.target.value)
            elif isinstance(stmt, (cst.FunctionDef, cst.ClassDef)):
                self.module_defined.add(stmt.name.value)
            elif isinstance(stmt, (cst.If, cst.Try, cst.With, cst.TryStar)):
                for child in stmt.children:
                    if isinstance(child, (cst.IndentedBlock, cst.Else, cst.ExceptHandler, cst.Finally, cst.If)):
                        stack.extend(child.children)
            elif isinstance(stmt, (cst.IndentedBlock, cst.Else, cst.ExceptHandler, cst.Finally)):
                stack.extend(stmt.children)

    def enter(self, node: cst.FunctionDef | cst.ClassDef | cst.Lambda) -> None:
        """A function, lambda or class body begins: its own scope, with the parameters bound (shadowing)."""
        scope = Scope(SCOPE_KINDS[type(node)])
        if isinstance(node, (cst.FunctionDef, cst.Lambda)):
            params = node.params
            for p in (*params.posonly_params, *params.params, *params.kwonly_params):
                scope.names[p.name.value] = None
            for star in (params.star_arg, params.star_kwarg):
                if isinstance(star, cst.Param):
                    scope.names[star.name.value] = None
        self.scopes.append(scope)
        if isinstance(node, cst.FunctionDef):
            self.functions.append(node)
        elif isinstance(node, cst.ClassDef):
            self.classes.append(node)

    def leave(self, node: cst.CSTNode) -> None:
        self.scopes.pop()
        if isinstance(node, cst.FunctionDef):
            self.functions.pop()
        elif isinstance(node, cst.ClassDef):
            self.classes.pop()

    @property
    def function(self) -> cst.FunctionDef | None:
        """The innermost function being walked, if any."""
        return self.functions[-1] if self.functions else None

    def bind(self, local: str, qualified: str | None) -> None:
        self.scopes[-1].names[local] = qualified

    def lookup(self, local: str) -> str | None:
        """Qualified name a bare name refers to through imports, or None."""
        innermost = self.scopes[-1]
        for scope in reversed(self.scopes):
            if scope.kind == "class" and scope is not innermost:
                continue
            if local in scope.names:
                return scope.names[local]
        return None

    def is_bound(self, local: str) -> bool:
        return any(local in s.names for s in self.scopes) or local in self.module_defined

    def qualname(self, expr: cst.BaseExpression) -> str | None:
        """Resolve `y`, `y.attr`, `a.b.c` through imports; builtins resolve to their bare name.
        Lookups spelled dynamically resolve too: `getattr(os, "system")`, `__import__("os").system`,
        `importlib.import_module("os").system`."""
        parts: list[str] = []
        while type(expr) is cst.Attribute:
            parts.append(expr.attr.value)
            expr = expr.value
        if type(expr) is cst.Call:
            dynamic = self._dynamic(expr)
            return None if dynamic is None else ".".join([dynamic, *reversed(parts)])
        if type(expr) is not cst.Name:
            return None
        head = self.lookup(expr.value)
        if head is None:
            if self.is_bound(expr.value):
                return None
            if expr.value in BUILTINS:
                head = expr.value
            elif self.star_imports:  # from Crypto.Cipher import *: DES is Crypto.Cipher.DES
                head = f"{self.star_imports[0]}.{expr.value}"
            else:
                return None
        parts.append(head)
        return ".".join(reversed(parts))

    def _dynamic(self, call: cst.Call) -> str | None:
        positional = [a.value for a in call.args if a.keyword is None and not a.star]
        name = constant_value(positional[-1]) if positional else None
        if not isinstance(name, str) or not name.replace(".", "").isidentifier():
            return None
        callee = self.qualname(call.func)
        if callee == "getattr" and len(positional) == 2 and "." not in name:
            owner = self.qualname(positional[0])
            return None if owner is None else f"{owner}.{name}"
        if callee == "__import__" and len(positional) == 1:
            return name.split(".")[0]
        if callee == "importlib.import_module" and len(positional) == 1:
            return name
        return None
