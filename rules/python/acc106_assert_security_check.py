"""Access and input checks written as assert statements, which python -O removes."""

import re
from pathlib import PurePosixPath

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, assignments, dotted, iter_nodes, name_words

# words of names that make an assertion an access check (type checks and input names are too often
# invariants the code guarantees itself: `assert isinstance(node, Expr)` is not a security decision)
CHECK_WORDS = frozenset(
    {
        "auth",
        "authenticated",
        "authorized",
        "authorised",
        "permission",
        "permissions",
        "perm",
        "perms",
        "role",
        "roles",
        "admin",
        "staff",
        "superuser",
        "owner",
        "allowed",
        "access",
        "login",
    }
)
# where values from outside come from: console, command line, request data
INPUT_CALLS = frozenset({"builtins.input", "input"})
REQUEST_PARTS = frozenset(
    {
        *("args", "form", "values", "json", "data", "files", "cookies", "headers", "body", "query_params"),
        *("get_json", "get_data", "GET", "POST", "FILES", "COOKIES"),
    }
)
TEST_FILE = re.compile(r"(^|/)(tests?|testing)/|(^|/)test_[^/]*\.py$|_tests?\.py$|(^|/)conftest\.py$")


class AssertSecurityCheck(Rule):
    meta = RuleMeta.of(
        id="ACC106",
        clause="SG-1.5",
        title="Access or input check written as assert",
        severity="medium",
        confidence="medium",
        cwe=[703],
        owasp="A04:2021-Insecure Design",
        message="This assert checks {what}; python -O removes it, and the check with it",
        rationale=(
            "Python drops assert statements when it runs with -O or PYTHONOPTIMIZE, which some deployments "
            "set. An authorization or input check written as an assert then silently disappears: the "
            "handler serves every caller and every value, with nothing in the logs to show the change."
        ),
        remediation=(
            "Raise an explicit exception: if not user.has_perm('reports.view'): raise PermissionDenied; "
            "if not isinstance(amount, int): raise ValueError('amount must be an integer'). Keep assert for "
            "invariants the program itself guarantees, and in tests."
        ),
        references=("https://docs.python.org/3/reference/simple_stmts.html#the-assert-statement",),
    )
    nodes = (cst.Assert,)
    needles = (
        # (a word after an assert on its line; read up to the next assert only, so a line of many is read once)
        re.compile(
            r"(?i)assert\s(?:(?!assert\s)[^\n])*?(auth|perm|role|admin|staff|superuser|owner|allowed|access|login)"
        ),
        # a module with an assert and with input: checked for asserts on that input
        re.compile(r"^(?=[\s\S]*\bassert\s)(?=[\s\S]*(?:\binput\(|\brequest\.|\bsys\.argv))"),
    )

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if not isinstance(node, cst.Assert) or TEST_FILE.search(PurePosixPath(ctx.path).as_posix()):
            return
        what = _checked(node.test, ctx) or _input_checked(node.test, ctx)
        if what:
            ctx.report(node, self.meta.message.format(what=what))

    flagged = """
        from flask import Flask
        from flask_login import current_user

        app = Flask(__name__)

        @app.route("/reports/<int:report_id>")
        def report(report_id):
            assert current_user.is_authenticated  # expect
            assert current_user.has_perm("reports.view"), "not allowed"  # expect
            assert current_user.role in ("analyst", "admin")  # expect
            return {"id": report_id}

        from flask import request

        @app.route("/transfer", methods=["POST"])
        def transfer():
            amount = request.form.get("amount", "")
            assert amount.isdigit(), "amount must be a number"  # expect
            return {"amount": int(amount)}

        def ask_quantity():
            quantity = int(input("How many? "))
            assert type(quantity) == int and quantity > 0  # expect
            return quantity

        def sign_in(backend, user):
            assert issubclass(backend, TokenAuth) and user.is_staff  # expect
            return backend(user)
    """
    safe = """
        from flask import Flask, abort
        from flask_login import current_user

        app = Flask(__name__)

        @app.route("/reports/<int:report_id>")
        def report(report_id):
            if not current_user.is_authenticated:
                abort(401)
            rows = load(report_id)
            assert len(rows) <= 1000, "load() caps the rows"
            assert isinstance(report_id, int)
            return {"id": report_id, "rows": rows}

        def parse(text):
            words = text.split()
            assert words, "split() of a non-empty text"
            return words

        def single_sign_on(backend):
            if hasattr(backend, "identity_provider"):
                assert issubclass(backend, SamlAuth)  # tells the type checker which class it is
                return backend().identity_provider()
            return None
    """


def _checked(test: cst.BaseExpression, ctx: Context) -> str | None:
    """What the assertion checks, when it is an access check: a name with an access word."""
    stack: list[cst.CSTNode] = [test]
    while stack:
        node = stack.pop()
        if isinstance(node, cst.Call) and dotted(node.func) == "issubclass":
            continue  # a relation between classes, which the code defines: a type assertion, not the caller's
        if isinstance(node, (cst.Name, cst.Attribute)):
            name = dotted(node) or ""
            if CHECK_WORDS & {w for part in name.split(".") for w in name_words(part)}:
                return f"`{name}`"
            if isinstance(node, cst.Attribute):
                stack.append(node.value)
            continue
        stack.extend(node.children)
    return None


def _input_checked(test: cst.BaseExpression, ctx: Context) -> str | None:
    """What the assertion checks, when it is a value from outside: request data, input(), sys.argv, used
    directly or through a name assigned from them in the same function."""
    if _from_outside(test, ctx):
        return "a value from outside"
    for node in iter_nodes(test, cst.Name):
        for assigned in assignments(ctx, node.value):
            if assigned.value is not None and _from_outside(assigned.value, ctx):
                return f"`{node.value}`, which comes from outside"
    return None


def _from_outside(expr: cst.BaseExpression, ctx: Context) -> bool:
    for call in iter_nodes(expr, cst.Call):
        if (ctx.qualname(call.func) or dotted(call.func)) in INPUT_CALLS:
            return True
    for attribute in iter_nodes(expr, cst.Attribute):
        name = dotted(attribute) or ""
        if name == "sys.argv" or (name.startswith("request.") and name.split(".")[1] in REQUEST_PARTS):
            return True
    return False
