"""What a module binds at its top level, read with `ast`: its imports, classes and their bases, functions,
aliases, partials and dispatch tables (`ModuleSummary`); the project model (`project.Project`) keeps one
per module."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from guidelint.semantic.outlines import dispatch_table, factory
from guidelint.semantic.pytree import parse


@dataclass(frozen=True)
class ModuleSummary:
    """What a module binds at its top level: imported names and classes with their (qualified) bases."""

    name: str
    imports: dict[str, str] = field(default_factory=dict)  # local name -> qualified name
    # a name imported in the blocks of a module-level try/except or if/else, differently in another block
    # (`from yaml import CSafeLoader as SafeLoader` / `except ImportError: from yaml import SafeLoader`): the
    # other qualified names it may stand for (`imports` holds the first)
    variants: dict[str, tuple[str, ...]] = field(default_factory=dict)
    classes: dict[str, tuple[str, ...]] = field(default_factory=dict)  # class name -> qualified bases
    functions: set[str] = field(default_factory=set)  # functions defined at the top level
    # names that stand for classes: a factory function (every `return` of it makes one of them, `return
    # Loader(*args)`) or an alias (`Base = yaml.SafeLoader`, `Base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)`)
    stands_for: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # where things are (first and last line, decorators included): top-level functions and classes, the
    # header of each class (up to its first statement) and its methods, imports and assignments at the top
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    heads: dict[str, tuple[int, int]] = field(default_factory=dict)
    methods: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    header: list[tuple[int, int]] = field(default_factory=list)
    properties: dict[str, frozenset[str]] = field(default_factory=dict)  # class -> its @property getters
    # class -> its class methods that end in `return cls(...)`: another constructor (`Service.default()`)
    factories: dict[str, frozenset[str]] = field(default_factory=dict)
    # `find_open = functools.partial(find, status="open")` at the top level: name -> the function's name
    # (given keywords only in advance: a caller's positional arguments are the function's own)
    partials: dict[str, str] = field(default_factory=dict)
    # `HANDLERS = {"csv": export_csv, ...}` at the top level: a dispatch table, name -> key -> function's name
    tables: dict[str, dict[str, str]] = field(default_factory=dict)
    # `@slot_arg.register` top-level functions: a single-dispatch function's name -> where its implementations are
    overloads: dict[str, list[tuple[int, int]]] = field(default_factory=dict)
    # class -> `transcripts = providers.Factory(Transcripts)` of its body (a dependency_injector container):
    # attribute -> the name of the class the provider makes (container.transcripts() is one)
    provided: dict[str, dict[str, str]] = field(default_factory=dict)
    # class -> `objects = ReportManager()` of its body: attribute -> the names of the classes whose methods the
    # instance has (Django's `ReportManager.from_queryset(ReportQuerySet)()`: the manager's, then the queryset's)
    instances: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)


def summarize(name: str, source: str, is_package: bool = False) -> ModuleSummary | None:
    """The summary of a module's source, or None when it does not parse."""
    tree = parse(source)
    return summarize_tree(name, tree, is_package) if tree is not None else None


def summarize_tree(name: str, tree: ast.Module, is_package: bool = False) -> ModuleSummary:
    """The summary of a module's syntax tree."""
    package = name if is_package else name.rpartition(".")[0]
    summary = ModuleSummary(name)
    for node in tree.body:
        if isinstance(node, (ast.Import, ast.ImportFrom)) or (
            isinstance(node, (ast.Assign, ast.AnnAssign))
            and (all(_literal_call(n) for n in ast.walk(node)) or _annotated_alias(node.value))
        ):
            summary.header.append(_span(node))
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for local, qualified in _bound(node, package):
                summary.imports[local] = qualified
                summary.variants.pop(local, None)
        elif isinstance(node, _BLOCKS):
            for imported in _branch_imports(node):
                for local, qualified in _bound(imported, package):
                    if local not in summary.imports:
                        summary.imports[local] = qualified
                    elif qualified != summary.imports[local] and qualified not in summary.variants.get(local, ()):
                        summary.variants[local] = (*summary.variants.get(local, ()), qualified)
        elif isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            named = _aliased(node.value, summary)
            if named:
                summary.stands_for[node.targets[0].id] = named
            bound = _partial_of(node.value, summary)
            if bound:
                summary.partials[node.targets[0].id] = bound
            table = dispatch_table(node.value)
            if table:
                summary.tables[node.targets[0].id] = table
        elif isinstance(node, ast.ClassDef):
            summary.classes[node.name] = tuple(b for e in node.bases for b in _alternatives(e, summary) if b)
            summary.spans[node.name] = _span(node)
            summary.heads[node.name] = (_span(node)[0], node.body[0].lineno - 1)
            summary.methods[node.name] = {
                n.name: _span(n) for n in node.body if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))
            }
            getters = frozenset(
                n.name
                for n in node.body
                if isinstance(n, ast.FunctionDef) and any(_getter(d) for d in n.decorator_list)
            )
            if getters:
                summary.properties[node.name] = getters
            provided = dict(filter(None, map(_provider, node.body)))
            if provided:
                summary.provided[node.name] = provided
            instances = dict(filter(None, map(_instance, node.body)))
            if instances:
                summary.instances[node.name] = instances
            makers = frozenset(n.name for n in node.body if isinstance(n, ast.FunctionDef) and factory(n))
            if makers:
                summary.factories[node.name] = makers
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            summary.functions.add(node.name)
            summary.spans[node.name] = _span(node)
            for registered in filter(None, map(_registered_for, node.decorator_list)):
                summary.overloads.setdefault(registered, []).append(_span(node))
    for node in tree.body:  # after the loop: a factory may return a class defined below it
        if isinstance(node, ast.FunctionDef):
            made = _made(node, summary)
            if made:
                summary.stands_for[node.name] = made
    return summary


_BLOCKS: tuple[type[ast.stmt], ...] = (ast.Try, ast.If, *((ast.TryStar,) if hasattr(ast, "TryStar") else ()))
"""Statements whose blocks may bind a module's names differently (`try*` from Python 3.11)."""


def _bound(node: ast.Import | ast.ImportFrom, package: str) -> Iterator[tuple[str, str]]:
    """The names an import statement binds, each with the qualified name it stands for."""
    if isinstance(node, ast.Import):
        for alias in node.names:
            local = alias.asname or alias.name.split(".")[0]
            yield local, alias.name if alias.asname else local
        return
    base = _absolute(package, node.module or "", node.level)
    for alias in node.names:
        if alias.name != "*":
            yield alias.asname or alias.name, f"{base}.{alias.name}" if base else alias.name


def _branch_imports(node: ast.stmt) -> Iterator[ast.Import | ast.ImportFrom]:
    """The imports in the blocks of a module-level try/except or if/else, nested ones too, in order."""
    blocks = [getattr(node, name, []) for name in ("body", "orelse", "finalbody")]
    blocks[1:1] = [handler.body for handler in getattr(node, "handlers", [])]
    for block in blocks:
        for statement in block:
            if isinstance(statement, (ast.Import, ast.ImportFrom)):
                yield statement
            elif isinstance(statement, _BLOCKS):
                yield from _branch_imports(statement)


def _alternatives(expr: ast.expr, summary: ModuleSummary) -> tuple[str, ...]:
    """`_qualified(expr)`, and what it names when its first name is one of the module's `variants`."""
    parts: list[str] = []
    head = expr
    while isinstance(head, ast.Attribute):
        parts.insert(0, head.attr)
        head = head.value
    variants = summary.variants.get(head.id, ()) if isinstance(head, ast.Name) else ()
    return (_qualified(expr, summary), *(".".join([variant, *parts]) for variant in variants))


def _aliased(value: ast.expr, summary: ModuleSummary) -> tuple[str, ...]:
    """The classes a top-level assignment names: `yaml.SafeLoader`, or getattr(yaml, "CSafeLoader",
    yaml.SafeLoader) (either one); what a call of an imported function makes, named by the call
    (`Base = declarative_base()`: "sqlalchemy.orm.declarative_base()"); () for any other value."""
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "getattr":
        args = value.args
        if len(args) != 3 or value.keywords or not isinstance(args[1], ast.Constant):
            return ()
        if not isinstance(args[1].value, str) or not _known(args[0], summary) or not _known(args[2], summary):
            return ()
        return (f"{_qualified(args[0], summary)}.{args[1].value}", _qualified(args[2], summary))
    if isinstance(value, ast.Attribute) and _known(value, summary):
        return (_qualified(value, summary),)
    if isinstance(value, ast.Call) and _known(value.func, summary) and _qualified(value.func, summary):
        return (f"{_qualified(value.func, summary)}()",)
    return ()


def _literal_call(node: ast.AST) -> bool:
    """Not a call, or a call given literals only (`re.compile(r"[A-Z]+")`, `frozenset({"a", "b"})`): a module
    constant the header of a summarised function keeps; a call given anything else may read the world."""
    if not isinstance(node, ast.Call):
        return True
    given = [*node.args, *(k.value for k in node.keywords)]
    return all(isinstance(n, _LITERAL) for value in given for n in ast.walk(value))


def _annotated_alias(value: ast.expr | None) -> bool:
    """`Ticker = Annotated[str, AfterValidator(ticker_only)]`: a type alias, whose metadata calls only make
    the type's configuration (a validator of a pydantic field a summarised class declares with it)."""
    if not isinstance(value, ast.Subscript):
        return False
    named = value.value.attr if isinstance(value.value, ast.Attribute) else getattr(value.value, "id", "")
    return named == "Annotated"


_LITERAL = (ast.Constant, ast.Tuple, ast.List, ast.Set, ast.Dict, ast.expr_context)


def _known(expr: ast.expr, summary: ModuleSummary) -> bool:
    """A dotted name that starts with an imported name or a class of the module."""
    while isinstance(expr, ast.Attribute):
        expr = expr.value
    return isinstance(expr, ast.Name) and (expr.id in summary.imports or expr.id in summary.classes)


def _made(function: ast.FunctionDef, summary: ModuleSummary) -> tuple[str, ...]:
    """The classes a factory function returns an instance of or the class itself (`return
    _impl.Loader(*args, **kwargs)`, `return Loader`), when every `return` of it is one of those; else ()."""
    returns = [n for n in own_nodes(function) if isinstance(n, ast.Return)]
    made: list[str] = []
    for found in returns:
        value = found.value.func if isinstance(found.value, ast.Call) else found.value
        if value is None or not _known(value, summary):
            return ()  # a local variable, a parameter, a computed value: not known
        made.append(_qualified(value, summary))
    return tuple(dict.fromkeys(made))


def own_nodes(
    function: ast.FunctionDef | ast.AsyncFunctionDef, skip: Callable[[ast.AST, ast.AST], bool] | None = None
) -> Iterator[ast.AST]:
    """The nodes of a function's body, not those of functions, classes or lambdas defined inside it, nor
    below a (parent, child) pair that `skip` holds for."""
    stack: list[ast.AST] = list(function.body)
    while stack:
        node = stack.pop()
        yield node
        for child in ast.iter_child_nodes(node):
            nested = isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda))
            if not nested and not (skip is not None and skip(node, child)):
                stack.append(child)


def _span(node: ast.stmt) -> tuple[int, int]:
    decorators = getattr(node, "decorator_list", [])
    return min([node.lineno, *(d.lineno for d in decorators)]), node.end_lineno or node.lineno


def _absolute(package: str, module: str, level: int) -> str:
    """`from ..x import y` seen from `package`: the module it names."""
    if not level:
        return module
    parts = package.split(".") if package else []
    parts = parts[: len(parts) - (level - 1)] if level > 1 else parts
    return ".".join([*parts, module] if module else parts)


def absolute_name(package: str, name: str) -> str:
    """A name imported in a module of `package` (`.helpers.clean`, or an absolute one), made absolute."""
    level = len(name) - len(name.lstrip("."))
    return _absolute(package, name[level:], level) if level else name


def _partial_of(value: ast.expr, summary: ModuleSummary) -> str:
    """`functools.partial(name, key=...)` (or `partial(...)` imported from functools) given only keywords in
    advance: the name of the function (local, or qualified through the imports); "" for anything else."""
    if not isinstance(value, ast.Call) or not value.args or len(value.args) != 1:
        return ""
    func = _qualified(value.func, summary)
    if func != "functools.partial" or not isinstance(value.args[0], (ast.Name, ast.Attribute)):
        return ""
    if isinstance(value.args[0], ast.Name) and value.args[0].id not in summary.imports:
        return value.args[0].id  # a function of the module (perhaps defined below)
    return _qualified(value.args[0], summary)


def _qualified(expr: ast.expr, summary: ModuleSummary) -> str:
    """A base class expression (`yaml.SafeLoader`, `Base`) as a qualified name, through the module's imports
    and classes; "" for anything that is not a dotted name."""
    parts: list[str] = []
    while isinstance(expr, ast.Attribute):
        parts.insert(0, expr.attr)
        expr = expr.value
    if not isinstance(expr, ast.Name):
        return ""
    head = expr.id
    if head in summary.imports:
        head = summary.imports[head]
    elif head in summary.classes or head in summary.stands_for:
        head = f"{summary.name}.{head}" if summary.name else head
    return ".".join([head, *parts])


def _getter(decorator: ast.expr) -> bool:
    """@property, @cached_property, @functools.cached_property: a method read as an attribute."""
    if isinstance(decorator, ast.Attribute):
        return decorator.attr == "cached_property"
    return isinstance(decorator, ast.Name) and decorator.id in ("property", "cached_property")


def _registered_for(decorator: ast.expr) -> str | None:
    """The function an implementation is registered for: `@slot_arg.register`, `@slot_arg.register(int)`."""
    made = decorator.func if isinstance(decorator, ast.Call) else decorator
    if isinstance(made, ast.Attribute) and made.attr == "register" and isinstance(made.value, ast.Name):
        return made.value.id
    return None


PROVIDERS = frozenset({"Factory", "Singleton", "ThreadSafeSingleton", "ThreadLocalSingleton", "ContextLocalSingleton"})
"""dependency_injector's providers that make an instance of the class they are given first."""


def _provider(statement: ast.stmt) -> tuple[str, str] | None:
    """`name = providers.Factory(Cls, ...)` in a class body: (name, "Cls")."""
    if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
        return None
    target, value = statement.targets[0], statement.value
    if not isinstance(target, ast.Name) or not isinstance(value, ast.Call) or not value.args:
        return None
    func = value.func
    if not (isinstance(func, ast.Attribute) and func.attr in PROVIDERS and isinstance(func.value, ast.Name)):
        return None
    made = value.args[0]
    return (target.id, made.id) if func.value.id == "providers" and isinstance(made, ast.Name) else None


def _instance(statement: ast.stmt) -> tuple[str, tuple[str, ...]] | None:
    """`name = Cls()` in a class body: (name, ("Cls",)); `name = Cls.from_queryset(QuerySet)()`, a Django
    manager class made with a queryset's methods: (name, ("Cls", "QuerySet"))."""
    if not isinstance(statement, ast.Assign) or len(statement.targets) != 1:
        return None
    target, value = statement.targets[0], statement.value
    if not isinstance(target, ast.Name) or not isinstance(value, ast.Call):
        return None
    made = value.func
    if isinstance(made, ast.Name):
        return target.id, (made.id,)
    if (
        isinstance(made, ast.Call)
        and isinstance(made.func, ast.Attribute)
        and made.func.attr == "from_queryset"
        and isinstance(made.func.value, ast.Name)
        and len(made.args) == 1
        and isinstance(made.args[0], ast.Name)
    ):
        return target.id, (made.func.value.id, made.args[0].id)
    return None
