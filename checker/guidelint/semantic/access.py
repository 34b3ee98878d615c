"""Where a project's code decides access: the authorization evidence of a function, of a class with its
bases, and of the functions a handler calls, read with `ast` through the project model (any module of the
scanned project, the file being checked included).

What counts is the knowledge base's `authorization` section (`Authorization`, fnmatch patterns on the last
component of a name):
- a call of a check that refuses by itself (`check_access(...)` as a statement; one named as a question,
  `has_perm(...)`, only answers), of an authorization
  decorator (`login_required(view)`) or of a dispatcher whose actions check access as they run
  (`get_action("package_show")(context, data)`);
- a check tested by an `if` whose branch for a failed check turns the request away (raise, abort, return
  of a denial or of a redirect) (`if not request.user.has_perm(...): raise PermissionDenied`), also read as
  an attribute (`request.user.is_authenticated`); a function named like a check that returns one
  (`has_permission`); not an `assert`, which Python run with -O leaves out;
- a denial raised or returned (`raise PermissionDenied`, `return HttpResponseForbidden()`,
  `abort(403)`), or caught by an `except` that raises, returns or aborts (`except NotAuthorized:`: what the
  function calls decides access); a check in a `try` whose `except` catches the refusal and carries on
  (`except Exception: pass`) decides nothing.
A decision made only for some addresses the code names (`if request.path.startswith("/admin"): ...`,
guidelint.semantic.pathscope) counts for none. The evidence is a short text naming what was found
("has_perm()"), for messages and tests.
"""

from __future__ import annotations

import ast
from collections.abc import Callable, Iterable

from guidelint.knowledge import Authorization, matches_last
from guidelint.semantic.pathscope import addressed, unscoped_nodes
from guidelint.semantic.project import MAX_DEPTH, Project
from guidelint.semantic.summary import ModuleSummary, own_nodes

Function = ast.FunctionDef | ast.AsyncFunctionDef
_REFUSED = frozenset({401, 403})
_FLASK_ABORTS = ("abort", "send_error", "set_status")  # abort(403) (Flask); tornado's send_error(401), set_status(401)
_FAILED_WHEN_TRUE = ("is_anonymous",)  # checks that are true when the user is not let in
_REDIRECTS = ("redirect", "login")  # words of a returned call that sends the user elsewhere (to log in)
_CURRENT: list[tuple[ModuleSummary, dict[str, ast.AST], list[ast.Call]]] = []  # the file being checked


def name_of(expr: ast.expr) -> str:
    """`a.b.c` for a Name/Attribute chain (a call's callee for a call), else ""."""
    if isinstance(expr, ast.Call):
        expr = expr.func
    parts: list[str] = []
    while isinstance(expr, ast.Attribute):
        parts.insert(0, expr.attr)
        expr = expr.value
    if isinstance(expr, ast.Name):
        return ".".join([expr.id, *parts])
    return ".".join(parts)


def _refuses(node: ast.AST, markers: Authorization) -> str | None:
    """A denial: raise/return of a denial, a call of one, abort(401|403)."""
    if isinstance(node, ast.Raise) and node.exc is not None:
        name = name_of(node.exc)
        if matches_last(name, markers.denials):
            return name.rsplit(".", 1)[-1]
        return f"{name.rsplit('.', 1)[-1]}({_status_given(node.exc)})" if _status_given(node.exc) else None
    if isinstance(node, ast.Call):
        name = name_of(node)
        if matches_last(name, markers.denials):
            return name.rsplit(".", 1)[-1] + "()"
        if matches_last(name, _FLASK_ABORTS) and node.args:
            code = node.args[0]
            if isinstance(code, ast.Constant) and code.value in _REFUSED:
                return f"{name.rsplit('.', 1)[-1]}({code.value})"
    return None


def _status_given(exc: ast.expr) -> str:
    """The refusing status an exception is built with, as written: `HTTPException(status_code=401)`,
    `HTTPException(403, "no")`, `HTTPException(status.HTTP_401_UNAUTHORIZED)` ("" for none)."""
    if not isinstance(exc, ast.Call):
        return ""
    given = [*exc.args[:1], *(k.value for k in exc.keywords if k.arg in ("status_code", "status", "code"))]
    refusing = next((code for code in given if _refusing_code(code)), None)
    return ast.unparse(refusing) if refusing is not None else ""


def _checks_in(expr: ast.AST, markers: Authorization) -> tuple[str, bool] | None:
    """A check named in an expression (a call or an attribute matching the checks), and whether the
    expression is true when the check fails (`not user.has_perm(...)`, `user.is_anonymous`)."""
    stack: list[tuple[ast.AST, bool]] = [(expr, False)]
    while stack:
        node, negated = stack.pop()
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            stack.append((node.operand, not negated))
            continue
        name = ""
        if isinstance(node, ast.Call) and matches_last(name_of(node), markers.checks):
            name = name_of(node).rsplit(".", 1)[-1] + "()"
        elif isinstance(node, ast.Attribute) and matches_last(node.attr, markers.checks):
            name = node.attr
        if name:
            return name, negated != matches_last(name.rstrip("()"), _FAILED_WHEN_TRUE)
        stack.extend((child, negated) for child in ast.iter_child_nodes(node))
    return None


def checks_in(expr: ast.AST, markers: Authorization) -> tuple[str, bool] | None:
    """A check named in an expression, and whether the expression is true when it fails (see `_checks_in`)."""
    return _checks_in(expr, markers)


def _refuses_branch(body: list[ast.stmt], markers: Authorization) -> bool:
    """A branch that turns the request away: a raise, a return of a denial or a redirect (to a login page),
    an abort, among its own statements."""
    for statement in body:
        if isinstance(statement, ast.Raise):
            return True
        value = statement.value if isinstance(statement, (ast.Return, ast.Expr)) else None
        if isinstance(statement, ast.Return) and value is not None and _refused_status(value):
            return True
        if isinstance(value, ast.Call):
            name = name_of(value).rsplit(".", 1)[-1]
            if _refuses(value, markers) is not None or (isinstance(statement, ast.Expr) and name in _FLASK_ABORTS):
                return True
            if isinstance(statement, ast.Return) and any(w in name.lower() for w in _REDIRECTS):
                return True
    return False


def refuses_branch(body: list[ast.stmt], markers: Authorization) -> bool:
    """A branch that turns the request away (see `_refuses_branch`)."""
    return _refuses_branch(body, markers)


def _to_login(body: list[ast.stmt]) -> bool:
    """A branch that sends the browser to the login page and stops: a redirect (returned, or called as a
    statement and followed by a return) given an address that names the login page (`"/login"`,
    `self.get_login_url()`, `reverse("login")`)."""
    for index, statement in enumerate(body):
        value = statement.value if isinstance(statement, (ast.Return, ast.Expr)) else None
        if not isinstance(value, ast.Call) or "redirect" not in name_of(value).rsplit(".", 1)[-1].lower():
            continue
        stops = isinstance(statement, ast.Return) or any(isinstance(s, ast.Return) for s in body[index + 1 :])
        named = any(
            "login" in (a.value if isinstance(a, ast.Constant) and isinstance(a.value, str) else name_of(a)).lower()
            or any(isinstance(c, ast.Constant) and isinstance(c.value, str) and "login" in c.value for c in ast.walk(a))
            for a in value.args
        )
        if stops and named:
            return True
    return False


def _asks_for_words(test: ast.expr) -> bool:
    """The test compares a value with a string (`action == "logout"`, `request.path in ("/a", "/b")`): it is
    about what the request asks for, not about who asks, so a redirect to the login page it leads to (after
    logging out) decides nothing."""

    def words(operand: ast.expr) -> bool:
        items = operand.elts if isinstance(operand, (ast.Tuple, ast.List, ast.Set)) else [operand]
        return any(isinstance(i, ast.Constant) and isinstance(i.value, str) for i in items)

    return any(
        isinstance(node, ast.Compare) and any(words(o) for o in (node.left, *node.comparators))
        for node in ast.walk(test)
    )


def _refused_status(value: ast.expr) -> bool:
    """A response with a refusing status: `(body, 401)`, `make_response(body, 403)`, `Response(status=403)`,
    `JSONResponse(..., status_code=status.HTTP_401_UNAUTHORIZED)`."""
    if isinstance(value, ast.Tuple):
        return len(value.elts) >= 2 and _refusing_code(value.elts[1])
    if isinstance(value, ast.Call):
        given = [*value.args[1:], *(k.value for k in value.keywords if k.arg in ("status", "status_code"))]
        return any(_refusing_code(code) for code in given)
    return False


def _refusing_code(code: ast.expr) -> bool:
    """401 or 403, written as a number or as a named status (HTTPStatus.FORBIDDEN, HTTP_401_UNAUTHORIZED)."""
    if isinstance(code, ast.Constant):
        return code.value in _REFUSED
    name = name_of(code).rsplit(".", 1)[-1].upper()
    return any(word in name for word in ("FORBIDDEN", "UNAUTHORIZED", "401", "403"))


def decision(func: Function, markers: Authorization) -> str | None:
    """The evidence that `func` itself decides access, if it does (see the module's docstring)."""
    checker = matches_last(func.name, markers.checks) or func.name == "test_func"
    swallowed = _swallowed(func, markers)
    for node in unscoped_nodes(func):  # a decision made for some addresses only guards no handler as a whole
        if (isinstance(node, ast.If) and addressed(node.test)) or id(node) in swallowed:
            continue  # an if's test was read: the decision it holds is in its body (if the check is in the test)
        refused = _refuses(node, markers)
        if refused is not None:
            return refused
        if isinstance(node, ast.ExceptHandler) and _ends(node.body):
            denial = next((c for c in _caught(node) if matches_last(c, markers.denials)), None)
            if denial is not None:  # what the handler calls decides, and refuses with this
                return f"except {denial.rsplit('.', 1)[-1]}"
        statement = node.value if isinstance(node, ast.Expr) else None
        if isinstance(statement, ast.Call) and _refusing_check(name_of(statement), markers):
            return name_of(statement).rsplit(".", 1)[-1] + "()"
        if isinstance(node, ast.Call) and matches_last(name_of(node), (*markers.decorators, *markers.dispatchers)):
            return name_of(node).rsplit(".", 1)[-1] + "()"
        if isinstance(node, ast.If):
            found = _checks_in(node.test, markers)
            if found is not None and _refuses_branch(node.body if found[1] else node.orelse, markers):
                return found[0]
            if _to_login(node.body) and not _asks_for_words(node.test):
                return "a redirect to the login page"
        if checker and isinstance(node, ast.Return) and node.value is not None:  # not an assert: -O removes it
            found = _checks_in(node, markers)
            if found is not None:
                return found[0]
    return None


def _refusing_check(name: str, markers: Authorization) -> bool:
    """A check that refuses by itself when called (`check_access(...)`, DRF's `check_permissions(request)`);
    one named as a question (`has_perm`, `is_authenticated`) only answers, and decides nothing unless its
    answer is tested."""
    return matches_last(name, markers.checks) and not name.rsplit(".", 1)[-1].startswith(("has_", "is_"))


def _caught(handler: ast.ExceptHandler) -> list[str]:
    """The names of the exceptions an `except` catches ("" for a bare one)."""
    if handler.type is None:
        return [""]
    return [name_of(t) for t in (handler.type.elts if isinstance(handler.type, ast.Tuple) else [handler.type])]


def _ends(body: list[ast.stmt]) -> bool:
    """The block does not go on to the statements after it: it raises, returns or aborts."""
    return any(
        isinstance(s, (ast.Raise, ast.Return))
        or (isinstance(s, ast.Expr) and isinstance(s.value, ast.Call) and matches_last(name_of(s.value), _FLASK_ABORTS))
        for s in body
    )


def _swallowed(func: Function, markers: Authorization) -> set[int]:
    """The nodes of `try` blocks whose refusal an `except` catches and carries on from (`except
    NotAuthorized: pass`, `except Exception: log(...)`): a check there lets everyone through."""
    found: set[int] = set()
    for node in own_nodes(func):
        if not isinstance(node, ast.Try):
            continue
        for handler in node.handlers:
            catches = any(
                c in ("", "Exception", "BaseException") or matches_last(c, markers.denials) for c in _caught(handler)
            )
            if catches and not _ends(handler.body):
                found.update(id(n) for statement in node.body for n in ast.walk(statement))
                break
    return found


def authenticates(func: Function, markers: Authorization) -> str | None:
    """The call that makes `func` a login/logout handler (public by design), or the credentials form it
    takes (`form: OAuth2PasswordRequestForm = Depends()`, also inside `Annotated[...]`), if any."""
    arguments = func.args
    for argument in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs):
        annotation = argument.annotation
        if isinstance(annotation, ast.Subscript) and name_of(annotation.value).endswith("Annotated"):
            inner = annotation.slice
            annotation = inner.elts[0] if isinstance(inner, ast.Tuple) and inner.elts else inner
        if annotation is not None and matches_last(name_of(annotation), markers.authentication):
            return f"{argument.arg}: {name_of(annotation).rsplit('.', 1)[-1]}"
    for node in own_nodes(func):
        if isinstance(node, ast.Call) and matches_last(name_of(node), markers.authentication):
            return name_of(node).rsplit(".", 1)[-1] + "()"
    return None


def called_authentication(
    project: Project, module: str, func: Function, markers: Authorization, depth: int = 2
) -> str | None:
    """`authenticates`, in `func` or in a function of the project it calls (two levels: a login view handing the
    user to `process_login()`, which calls `auth_login()` through `session_login()`): "process_login(): ...";
    or a call in `func` of a library's login view named by its qualified name (`social_django.views.complete`)."""
    found = _in_helpers(project, module, func, lambda f: authenticates(f, markers), own_nodes, depth)
    library = tuple(p for p in markers.authentication if "." in p)
    for node in own_nodes(func) if found is None and library else ():
        name = resolve(project, module, name_of(node)) if isinstance(node, ast.Call) and name_of(node) else ""
        if name and matches_last(name, library):
            return name.rsplit(".", 1)[-1] + "()"
    return found


def _in_helpers(
    project: Project,
    module: str,
    func: Function,
    judge: Callable[[Function], str | None],
    nodes: Callable[[Function], Iterable[ast.AST]],
    depth: int,
) -> str | None:
    """`judge(func)`, else its verdict on a function of the project that `func` calls (among `nodes(func)`),
    `depth` levels down, each helper's calls resolved in its own module: "helper(): ..."."""
    found = judge(func)
    if found is not None or depth <= 0:
        return found
    for node in nodes(func):
        name = name_of(node) if isinstance(node, ast.Call) else ""
        if not name or name.startswith(("self.", "cls.")):
            continue
        qualified = resolve(project, module, name)
        target = lookup(project, qualified)
        if isinstance(target, (ast.FunctionDef, ast.AsyncFunctionDef)) and target is not func:
            inner = _in_helpers(project, qualified.rpartition(".")[0], target, judge, nodes, depth - 1)
            if inner is not None:
                return f"{target.name}(): {inner}"
    return None


def constant_method(call: ast.Call) -> bool:
    """A method of a constant: "Hello {}".format(name)."""
    return isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Constant)


def static_page(func: Function, markers: Authorization) -> str | None:
    """The response call of a handler that reads no data: statements that only assign and return, every
    name read a parameter or a local (as a whole: not request.session) or the owner of a response call
    matching `markers.responses`, no call but those and a constant's methods (`return render("help.html",
    {"topic": topic})`): a static page, public by design."""
    body = func.body[1:] if ast.get_docstring(func) is not None else func.body
    if not body or not isinstance(body[-1], ast.Return) or body[-1].value is None:
        return None
    if not all(isinstance(s, (ast.Assign, ast.AnnAssign, ast.Return)) for s in body):
        return None
    arguments = func.args
    known = {a.arg for a in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs)}
    responses: list[str] = []
    owners: set[int] = set()  # the Name nodes that start a response call's callee
    into: set[int] = set()
    for node in (n for s in body for n in ast.walk(s)):
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            known.add(node.id)
        elif isinstance(node, ast.Call) and matches_last(name_of(node), markers.responses):
            responses.append(name_of(node).rsplit(".", 1)[-1])
            head = node.func
            while isinstance(head, ast.Attribute):
                head = head.value
            owners.add(id(head))
        elif isinstance(node, ast.Call) and not constant_method(node):
            return None
        elif isinstance(node, (ast.Attribute, ast.Subscript)) and isinstance(node.value, ast.Name):
            into.add(id(node.value))  # request.session, args["x"]: reads into a value, not the value
    reads = (n for s in body for n in ast.walk(s) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load))
    if any((n.id not in known or id(n) in into) and id(n) not in owners for n in reads):
        return None
    return f"{responses[0]}()" if responses else "constants"


# functions of the standard library that only encode or join the parts of an address
ADDRESS_BUILDERS = ("urlencode", "quote", "quote_plus", "urljoin", "str")


def redirect_only(func: Function, markers: Authorization) -> str | None:
    """The redirect of a handler that only sends the browser elsewhere: statements that assign, test and
    return, every return a call matching `markers.redirects`, and no call but those, the `responses`
    (url_for, reverse), the standard address encoders, a constant's methods and a setting read by a
    constant key (`config.get("home_page")`). It shows and changes nothing: public by design, the page
    it sends to decides access itself."""
    body = func.body[1:] if ast.get_docstring(func) is not None else func.body
    returns: list[str] = []
    stack: list[ast.stmt] = list(body)
    while stack:
        statement = stack.pop()
        if isinstance(statement, ast.If):
            stack.extend([*statement.body, *statement.orelse])
        elif isinstance(statement, ast.Return):
            if statement.value is None or not matches_last(name_of(statement.value), markers.redirects):
                return None
            returns.append(name_of(statement.value).rsplit(".", 1)[-1])
        elif not isinstance(statement, (ast.Assign, ast.AnnAssign, ast.AugAssign)):
            return None
    if not returns or not isinstance(body[-1], ast.Return):
        return None
    parameters = {a.arg for a in (*func.args.posonlyargs, *func.args.args, *func.args.kwonlyargs)}
    calls = (n for s in body for n in ast.walk(s) if isinstance(n, ast.Call))
    return f"{returns[0]}()" if all(address_call(call, markers, parameters) for call in calls) else None


def address_call(call: ast.Call, markers: Authorization, parameters: set[str]) -> bool:
    """A call that only builds an address: a redirect or response builder (`markers`), a standard address
    encoder, a constant's method, or a setting read by a constant key."""
    allowed = (*markers.redirects, *markers.responses, *ADDRESS_BUILDERS)
    return matches_last(name_of(call), allowed) or constant_method(call) or setting_read(call, parameters)


def setting_read(call: ast.Call, parameters: set[str]) -> bool:
    """`config.get("key")`: a module-level mapping (not a parameter) read by constant keys."""
    func = call.func
    return (
        isinstance(func, ast.Attribute)
        and func.attr == "get"
        and isinstance(func.value, ast.Name)
        and func.value.id not in parameters
        and not call.keywords
        and all(isinstance(a, ast.Constant) for a in call.args)
    )


# --- finding functions and classes in the project -------------------------------------------------------


def _definitions(tree: ast.Module | None) -> dict[str, ast.AST]:
    found: dict[str, ast.AST] = {}
    for node in tree.body if tree is not None else ():
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found[node.name] = node
        if isinstance(node, ast.ClassDef):
            for item in node.body:
                if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)):
                    found[f"{node.name}.{item.name}"] = item
    return found


def _current(project: Project) -> tuple[ModuleSummary, dict[str, ast.AST], list[ast.Call]]:
    """The file being checked as it is now (kept while it is checked): its definitions and calls."""
    current = project.current()
    if not _CURRENT or _CURRENT[0][0] is not current:
        tree = project.tree(current.name)
        calls = [n for n in ast.walk(tree) if isinstance(n, ast.Call)] if tree is not None else []
        _CURRENT[:] = [(current, _definitions(tree), calls)]
    return _CURRENT[0]


def current_calls(project: Project) -> list[ast.Call]:
    """The calls in the file being checked."""
    return _current(project)[2]


def definitions(project: Project, module: str) -> dict[str, ast.AST]:
    """The top-level functions and classes of a module (also "Class.method"), by name."""
    if module == project.current_name() and not project.computing:
        return _current(project)[1]
    key = ("guidelint.semantic.access definitions", module)
    return project.fact(key, lambda: _definitions(project.tree(module)))


def resolve(project: Project, module: str, name: str) -> str:
    """A dotted name used in `module` as a qualified name: through its imports, else as its own."""
    summary = project.summary(module) if module else project.current()
    head, _, rest = name.partition(".")
    if summary is not None and head in summary.imports:
        head = summary.imports[head]
    elif module:
        head = f"{module}.{head}"
    return f"{head}.{rest}" if rest else head


def lookup(project: Project, qualified: str) -> ast.AST | None:
    """The function, method or class of the project with this qualified name, if any."""
    module, _, name = qualified.rpartition(".")
    for _ in range(2):  # "pkg.mod.func" or "pkg.mod.Class.method"
        if not module:
            break
        found = definitions(project, module).get(name)
        if found is not None:
            return found
        module, _, outer = module.rpartition(".")
        name = f"{outer}.{name}"
    if "." not in qualified or not project.current_name():
        local = definitions(project, project.current_name())
        return local.get(qualified) or local.get(qualified.rpartition(".")[2] or qualified)
    return None


def called_decision(
    project: Project, module: str, func: Function, markers: Authorization, depth: int = 2
) -> str | None:
    """A decision in `func` or in a function of the project it calls (two levels: a view handing the request
    to `load_units()`, which resolves the object through `load_object()`, which checks): "helper(): ..."."""
    return _in_helpers(project, module, func, lambda f: decision(f, markers), unscoped_nodes, depth)


def wrapper_decision(func: Function, markers: Authorization, depth: int = 0) -> str | None:
    """A decision made by a decorator of the project as it wraps a view: in its own code
    (`return login_required(view)`) or in the functions it defines, the wrapper it returns (`def wrapper(...):
    if not current_user.is_staff: abort(403)`), two levels down for a decorator taking arguments."""
    found = decision(func, markers)
    if found is not None or depth >= 2:
        return found
    for node in own_nodes(func):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            found = wrapper_decision(node, markers, depth + 1)
            if found is not None:
                return found
    return None


def decorator_decision(project: Project, qualified: str, markers: Authorization) -> str | None:
    """A decorator of the project (by its qualified name) that decides access as it wraps a view:
    "member_only(): login_required()"."""
    target = lookup(project, qualified)
    if not isinstance(target, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return None
    found = wrapper_decision(target, markers)
    return f"{target.name}(): {found}" if found is not None else None


def dependency_decision(
    project: Project, qualified: str, markers: Authorization, injectors: tuple[str, ...], depth: int = 0
) -> str | None:
    """A dependency of the project (a function injected with `Depends(f)`/`Security(f)`, by its qualified
    name) that decides access: in its own code (`raise HTTPException(status_code=401)`), or through a
    dependency it declares in turn (`user = Depends(get_current_user)`, also in `Annotated[...]`):
    "get_current_user(): HTTPException(401)"."""
    target = lookup(project, qualified)
    if not isinstance(target, (ast.FunctionDef, ast.AsyncFunctionDef)):
        return None
    found = decision(target, markers)
    if found is not None:
        return f"{target.name}(): {found}"
    if depth >= 3:
        return None
    module = qualified.rpartition(".")[0] if "." in qualified else ""
    arguments = target.args
    for argument in (*arguments.posonlyargs, *arguments.args, *arguments.kwonlyargs):
        for inner in injected(project, module, argument.annotation, injectors):
            deeper = dependency_decision(project, inner, markers, injectors, depth + 1)
            if deeper is not None:
                return deeper
    defaults = [*arguments.defaults, *(d for d in arguments.kw_defaults if d is not None)]
    for default in defaults:
        for inner in injected(project, module, default, injectors):
            deeper = dependency_decision(project, inner, markers, injectors, depth + 1)
            if deeper is not None:
                return deeper
    return None


def injected(project: Project, module: str, expr: ast.expr | None, injectors: tuple[str, ...]) -> list[str]:
    """The qualified names of the functions an annotation or a default injects: `Depends(f)`, the
    metadata of `Annotated[T, Depends(f)]`, or an alias of the project naming one of those
    (`CurrentUser = Annotated[User, Depends(get_current_user)]`, one level)."""
    if expr is None:
        return []
    if isinstance(expr, (ast.Name, ast.Attribute)):
        return alias_injected(project, module, name_of(expr), injectors)
    found: list[str] = []
    items = [expr]
    if isinstance(expr, ast.Subscript) and name_of(expr.value).endswith("Annotated"):
        items = list(expr.slice.elts[1:]) if isinstance(expr.slice, ast.Tuple) else []
    for item in items:
        if isinstance(item, ast.Call) and matches_last(name_of(item), injectors) and item.args:
            dependency = name_of(item.args[0])
            if dependency:
                found.append(resolve(project, module, dependency))
    return found


def alias_injected(project: Project, module: str, name: str, injectors: tuple[str, ...]) -> list[str]:
    """What an alias of the project used as an annotation injects (`CurrentUser`, assigned
    `Annotated[User, Depends(get_current_user)]` at the top of its module)."""
    owner, _, attribute = resolve(project, module, name).rpartition(".")
    owner = owner or project.current_name()  # a name of the file being checked, outside any package
    value = assignments(project, owner).get(attribute) if attribute else None
    if value is None or isinstance(value, (ast.Name, ast.Attribute)):
        return []
    return injected(project, owner, value, injectors)


def assignments(project: Project, module: str) -> dict[str, ast.expr]:
    """The values of a module's top-level assignments to a single name, by name."""

    def collect() -> dict[str, ast.expr]:
        tree = project.tree(module)
        found: dict[str, ast.expr] = {}
        for node in tree.body if tree is not None else ():
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                found[node.targets[0].id] = node.value
        return found

    if module == project.current_name() and not project.computing:
        return collect()
    return project.fact(("guidelint.semantic.access assignments", module), collect)


def ancestors(project: Project, qualified: str) -> list[str]:
    """A class and its bases through the project's modules (qualified names, nearest first)."""
    seen: list[str] = []
    frontier = [qualified]
    for _ in range(MAX_DEPTH + 1):
        frontier = [n for n in frontier if n not in seen]
        if not frontier:
            break
        seen.extend(frontier)
        frontier = [base for name in frontier for base in project.bases(name)]
    return seen
