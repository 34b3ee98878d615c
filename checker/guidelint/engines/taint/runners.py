"""Calls that run a function they are given: `executor.submit(f, x)`, `asyncio.to_thread(f, x)`,
`threading.Thread(target=f, args=(x,))`, `loop.run_in_executor(None, f, x)`, a Celery task's
`task.apply_async(args=[x])`. Each is read as the call `f(x)`, made later or in another thread: what `f` does with
`x` (its sinks) is reported at the runner's call. The runners are model data (`propagators: runners:`, entries
`NAME:WHERE`, WHERE the position or the keyword of the function; `.NAME` a method of that name only, not a
function: `executor.map(f, items)` is f(item) for each item, what the builtin `map` is left to the lambdas' reading;
`NAME:WHERE:LEAD` a runner that passes LEAD arguments of its own before the caller's: Neo4j's
`session.execute_read(f, x)` is f(tx, x))."""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

import libcst as cst

from guidelint.cst.arguments import arg
from guidelint.engines.taint.labels import Env
from guidelint.engines.taint.syntax import argument_at
from guidelint.semantic.names import dotted
from guidelint.semantic.project import Project
from guidelint.semantic.summary import absolute_name

if TYPE_CHECKING:
    from guidelint.engines.taint.analysis import Analysis

Forwarded = tuple[cst.BaseExpression, list[cst.Arg]]
NAMED_CALLS = "named call methods"  # the memo key of the methods the models' named calls are made by
RUNNERS = "runner names"
"""The memo key of the names the models' runners are called by."""


def runner_named(a: Analysis, func: cst.BaseExpression) -> bool:
    """Whether a callee is named like a runner of the models (`pool.submit`, `Thread`)."""
    names: frozenset[str] | None = a.memo.get(RUNNERS)
    if names is None:
        names = a.memo[RUNNERS] = frozenset(e.partition(":")[0] for e in a.known["runners"])
    last = func.attr.value if type(func) is cst.Attribute else func.value if type(func) is cst.Name else None
    return last in names or (type(func) is cst.Attribute and f".{last}" in names)


def runner_call(
    call: cst.Call, runners: Iterable[str], is_function: Callable[[cst.BaseExpression], bool]
) -> Forwarded | None:
    """The function a runner call runs and the arguments it gives it, if `call` is one and the function one the
    code names (`is_function`: a function or method the analysis can follow, or a model's callee)."""
    func = call.func
    last = func.attr.value if type(func) is cst.Attribute else func.value if type(func) is cst.Name else ""
    for entry in runners:
        runner, _, where = entry.partition(":")
        where, _, lead = where.partition(":")  # NAME:WHERE:LEAD, the runner passes LEAD arguments of its own first
        if runner != last and not (runner == f".{last}" and type(func) is cst.Attribute):  # ".map": a method only
            continue
        function = argument_at(call, where)
        bound = _partial(function.value) if function is not None else None  # map(partial(f, room), holders)
        if function is None or not is_function(bound[0].value if bound else function.value):
            continue
        given = packed(call)
        if given is None:  # submit(f, x, retries=2): the arguments after the function are its own
            after = call.args[call.args.index(function) + 1 :] if where.isdigit() else ()
            given = [a for a in after if a.keyword is None or a.keyword.value != where]
        own = [cst.Arg(value=cst.Name("None"))] * int(lead or 0)  # session.execute_read(f, x): f(tx, x)
        if bound:  # partial(f, room): f(room, ...), the arguments given in advance first
            return bound[0].value, [*bound[1:], *own, *given]
        return function.value, [*own, *given]
    return None


def _partial(function: cst.BaseExpression) -> Sequence[cst.Arg] | None:
    """The arguments of `functools.partial(f, ...)` written where a runner takes its function (f first)."""
    if type(function) is not cst.Call or not function.args or function.args[0].keyword or function.args[0].star:
        return None
    return function.args if dotted(function.func) in ("partial", "functools.partial") else None


def mapped_by(a: Analysis, func: cst.BaseExpression) -> bool:
    """Whether a callee is a runner method that runs its function on each item (`executor.map(f, items)`,
    a model's `.NAME:0`): a lambda given to it is read as the builtin map's."""
    return type(func) is cst.Attribute and f".{func.attr.value}:0" in a.known["runners"]


def runner_chain(a: Analysis, call: cst.Call, is_function: Callable[[cst.BaseExpression], bool]) -> Forwarded | None:
    """`runner_call` of the runners of the models, followed through a runner given a runner:
    `start_soon(to_thread.run_sync, f, x)` is f(x) too."""
    run = runner_call(call, a.known["runners"], is_function)
    while run is not None and runner_named(a, run[0]):
        again = runner_call(cst.Call(func=run[0], args=run[1]), a.known["runners"], is_function)
        if again is None:
            break
        run = again
    return run


def packed(call: cst.Call) -> list[cst.Arg] | None:
    """The arguments a call hands on packed as `args=(x,)` and `kwargs={"k": v}` (Thread, Process, Timer,
    apply_async; Airflow's Python operators name them op_args and op_kwargs), as arguments of the call they
    stand for; None when it has neither."""
    args = value_of(arg(call, "args") or arg(call, "op_args"))
    kwargs = value_of(arg(call, "kwargs") or arg(call, "op_kwargs"))
    if args is None and kwargs is None:
        return None
    given: list[cst.Arg] = []
    if isinstance(args, (cst.Tuple, cst.List)):
        for element in args.elements:
            starred = isinstance(element, cst.StarredElement)
            given.append(cst.Arg(value=element.value, star="*") if starred else cst.Arg(value=element.value))
    elif args is not None:
        given.append(cst.Arg(value=args, star="*"))
    keywords = [keyword_of(e) for e in kwargs.elements] if isinstance(kwargs, cst.Dict) else [None]
    if isinstance(kwargs, cst.Dict) and None not in keywords:
        for entry, keyword in zip(kwargs.elements, keywords, strict=True):
            given.append(cst.Arg(value=entry.value, keyword=cst.Name(keyword or "")))
    elif kwargs is not None:  # kwargs=options: its values, by keys the code does not show
        given.append(cst.Arg(value=kwargs, star="**"))
    return given


def keyword_of(element: cst.BaseDictElement) -> str | None:
    """The keyword an entry of a `kwargs={...}` display stands for: its key, a constant identifier."""
    if isinstance(element, cst.DictElement) and isinstance(element.key, cst.SimpleString):
        key = element.key.evaluated_value
        return key if isinstance(key, str) and key.isidentifier() else None
    return None


def value_of(argument: cst.Arg | None) -> cst.BaseExpression | None:
    return argument.value if argument is not None else None


def named_task(a: Analysis, call: cst.Call, env: Env) -> tuple[list[str], list[cst.Arg]] | None:
    """`app.send_task("reports.stamp", args=[path])`, a model's named call given a name the code fixes: the
    project's function registered under it (`registered_names`) and the arguments the call packs for it; or
    the receivers of a signal a call sends (`signal_receivers`)."""
    func = call.func
    methods: frozenset[str] | None = a.memo.get(NAMED_CALLS)
    if methods is None:  # (asked at every method call the analysis evaluates: by the method's name first)
        methods = a.memo[NAMED_CALLS] = frozenset(e.partition(":")[0] for e in a.known["named-calls"])
    if type(func) is not cst.Attribute or a.project is None:
        return None
    if func.attr.value not in methods:
        return signal_receivers(a, call)
    if a.project.project.root is None:
        return None
    for entry in a.known["named-calls"]:
        method, _, where = entry.partition(":")
        given = argument_at(call, where) if method == func.attr.value else None
        name = a.fold(given.value, env) if given is not None else None
        if isinstance(name, str):
            target = registered_names(a.project.project, a.known["named-registrations"]).get(name)
            return ([target], packed(call) or []) if target is not None else None
    return None


def registered_names(project: Project, registrations: frozenset[str]) -> dict[str, str]:
    """The names the project's module-level functions are registered under by the models' named registrations
    (`@app.task(name="reports.stamp")`; `@app.task` alone: its module and name), each to the function's
    qualified name; worked out once per project."""
    return project.fact(("named registrations", registrations), lambda: _registered(project, registrations))


def _registered(project: Project, registrations: frozenset[str]) -> dict[str, str]:
    keywords = dict(entry.partition(":")[::2] for entry in registrations)
    found: dict[str, str] = {}
    for module in project.containing(*(f"{name}(" for name in keywords), *(f".{name}\n" for name in keywords)):
        tree = project.tree(module)
        for node in tree.body if tree is not None else ():
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            qualified = f"{module}.{node.name}"
            for decorator in node.decorator_list:
                target = decorator.func if isinstance(decorator, ast.Call) else decorator
                last = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
                if last not in keywords:
                    continue
                named = isinstance(decorator, ast.Call) and next(
                    (k.value for k in decorator.keywords if k.arg == keywords[last]), None
                )
                if isinstance(named, ast.Constant) and isinstance(named.value, str):
                    found[named.value] = qualified
                elif not named:  # Celery's default name: the module's and the function's
                    found.setdefault(qualified, qualified)
    return found


def signal_receivers(a: Analysis, call: cst.Call) -> tuple[list[str], list[cst.Arg]] | None:
    """`booked.send(sender=View, book=x)` of a signal object (a model's signal send): the project's functions
    registered for it by the models' signal receivers (`@receiver(booked)`, in any module), each called with the
    call's arguments."""
    func = call.func
    if type(func) is not cst.Attribute or func.attr.value not in a.known["signal-sends"] or a.project is None:
        return None
    project = a.project.project
    signal = a.names.qualname(func.value)
    if signal is None and type(func.value) is cst.Name:  # a signal of this module
        signal = f"{a.home or project.current_name()}.{func.value.value}"
    if signal is None or project.root is None:
        return None
    registrations = a.known["signal-receivers"]
    found = project.fact(("signal receivers", registrations), lambda: _receivers(project, registrations))
    targets = found.get(absolute_name(a.package, signal), [])
    return (targets, list(call.args)) if targets else None


def _receivers(project: Project, registrations: frozenset[str]) -> dict[str, list[str]]:
    """Each signal's qualified name -> the module-level functions the decorators of `registrations` (NAME:WHERE,
    WHERE the position or keyword of the signal, or of a list of them) register for it."""
    wheres: dict[str, list[str]] = {}
    for entry in sorted(registrations):
        name, _, where = entry.partition(":")
        wheres.setdefault(name, []).append(where)
    found: dict[str, list[str]] = {}
    for module in project.containing(*(f"{name}(" for name in wheres)):
        tree, outline = project.tree(module), project.summary(module)
        if tree is None or outline is None:
            continue
        for node in tree.body:
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for decorator in node.decorator_list:
                for signal in _registered_for(decorator, wheres):
                    head, _, rest = signal.partition(".")
                    qualified = ".".join(filter(None, [outline.imports.get(head, f"{module}.{head}"), rest]))
                    found.setdefault(qualified, []).append(f"{module}.{node.name}")
    return found


def _registered_for(decorator: ast.expr, wheres: dict[str, list[str]]) -> list[str]:
    """The dotted names of the signals a registering decorator is given (`@receiver([booked, signals.cancelled])`)."""
    if not isinstance(decorator, ast.Call):
        return []
    func = decorator.func
    last = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
    given: list[ast.expr] = []
    for where in wheres.get(last, ()):
        if where.isdigit():
            given += decorator.args[int(where) : int(where) + 1]
        else:
            given += [k.value for k in decorator.keywords if k.arg == where]
    signals = [e for g in given for e in (g.elts if isinstance(g, (ast.List, ast.Tuple)) else [g])]
    return [name for name in map(_dotted, signals) if name is not None]


def _dotted(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = _dotted(node.value)
        return f"{head}.{node.attr}" if head is not None else None
    return None
