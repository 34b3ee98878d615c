"""What the project model notes of a module's classes and tables from their syntax: the attributes a class's
methods set on `self`, its class methods that construct it, and the dispatch tables of function names."""

from __future__ import annotations

import ast


def self_assigned(cls: ast.ClassDef) -> frozenset[str]:
    """The attributes `self.NAME = ...` (annotated too) in the methods of a class that none of them changes in
    place (`self.NAME[k] = v`, `self.NAME += v`, `self.NAME.append(v)`: what a caller passes may go in)."""
    names, changed = set(), set()
    for method in cls.body:
        if not isinstance(method, (ast.FunctionDef, ast.AsyncFunctionDef)):
            continue
        for node in ast.walk(method):
            targets: list[ast.expr] = []
            if isinstance(node, (ast.Assign, ast.AnnAssign)):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            elif isinstance(node, ast.AugAssign):
                changed.add(_self_attr(node.target))
            elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                changed.add(_self_attr(node.func.value))  # self.items.append(v)
            for target in targets:
                if isinstance(target, ast.Subscript):
                    changed.add(_self_attr(target.value))
                names.add(_self_attr(target))
    return frozenset(names - changed - {""})


def _self_attr(expr: ast.expr) -> str:
    """NAME of `self.NAME`, else ""."""
    if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name) and expr.value.id == "self":
        return expr.attr
    return ""


def factory(fn: ast.FunctionDef) -> bool:
    """A class method whose last statement is `return cls(...)`."""
    classmethod_ = any(isinstance(d, ast.Name) and d.id == "classmethod" for d in fn.decorator_list)
    last = fn.body[-1] if fn.body else None
    return (
        classmethod_
        and isinstance(last, ast.Return)
        and isinstance(last.value, ast.Call)
        and isinstance(last.value.func, ast.Name)
        and last.value.func.id == "cls"
    )


def dispatch_table(value: ast.expr) -> dict[str, str]:
    """`{"csv": export_csv, "html": export_html}`: each constant key with the name it holds (every value a
    name); {} for anything else."""
    if not isinstance(value, ast.Dict) or not value.keys:
        return {}
    table = {}
    for key, item in zip(value.keys, value.values, strict=True):
        if not (isinstance(key, ast.Constant) and isinstance(key.value, str) and isinstance(item, ast.Name)):
            return {}
        table[key.value] = item.id
    return table
