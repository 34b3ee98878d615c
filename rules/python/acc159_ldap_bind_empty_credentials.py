"""An LDAP sign-in bind given the request's password (or, with ldap3, its user name) unchecked: an empty one
binds without authenticating."""

import re

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    arg,
    assignments,
    constant_value,
    has_star_args,
    imports_module,
    iter_nodes,
)

# python-ldap's simple binds: (who, cred); an empty cred is an unauthenticated bind (RFC 4513 section 5.1.2)
SIMPLE_BINDS = frozenset({"simple_bind_s", "simple_bind", "bind_s", "bind"})
LDAP3_CONNECTION = frozenset({"ldap3.Connection", "ldap3.core.connection.Connection"})
# request data read raw: request.form["password"], request.POST.get("password"), request.get_json()["user"]
REQUEST_HOLDERS = frozenset({"form", "POST", "GET", "args", "values", "json", "data", "query_params", "get_json"})
REQUESTS = frozenset({"request", "req"})


class LdapBindEmptyCredentials(Rule):
    meta = RuleMeta.of(
        id="ACC159",
        clause="SG-1.2",
        title="LDAP bind that an empty password or user name passes",
        severity="high",
        confidence="medium",
        cwe=[287],
        owasp="A07:2021-Identification and Authentication Failures",
        message="{what} comes from the request unchecked: {effect}, and the bind succeeds without a password",
        rationale=(
            "A sign-in that binds to the directory as the user takes a successful bind as proof of the "
            "password. LDAP knows two binds that succeed without one: a simple bind with a name and an empty "
            "password is an unauthenticated bind (RFC 4513 section 5.1.2), which Active Directory and other "
            "servers answer with success, and a bind with neither is anonymous. python-ldap sends what it is "
            "given, so an empty password field signs in as anyone whose name is typed; ldap3 refuses an empty "
            "password in a simple bind, but a Connection given an empty user and no authentication= makes an "
            "anonymous bind, which succeeds on most servers. Either way the directory check that guards "
            "clients' confidential data is passed with no secret at all."
        ),
        remediation=(
            "Reject an empty user name or password before binding (if not username or not password: refuse), "
            "configure the directory to refuse unauthenticated binds, and give ldap3 authentication=SIMPLE "
            "explicitly."
        ),
        references=(
            "https://www.rfc-editor.org/rfc/rfc4513#section-5.1.2",
            "https://ldap3.readthedocs.io/en/latest/bind.html",
            "https://cwe.mitre.org/data/definitions/287.html",
        ),
    )
    nodes = (cst.Call,)
    needles = (re.compile(r"\bldap3?\b"),)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.Call)
        function = ctx.function
        if function is None or has_star_args(node):
            return
        func = node.func
        if isinstance(func, cst.Attribute) and func.attr.value in SIMPLE_BINDS:
            cred = arg(node, "cred", 1)
            if cred is None or not imports_module(ctx, "ldap"):
                return
            if _unchecked_request_value(cred.value, ctx, function):
                what = f"the password given to {func.attr.value}()"
                ctx.report(node, self.meta.message.format(what=what, effect="an empty one is an unauthenticated bind"))
        elif ctx.qualname(func) in LDAP3_CONNECTION:
            user = arg(node, "user", 1)
            if user is None or arg(node, "authentication", 5) is not None or not _binds(node, ctx, function):
                return
            if _unchecked_request_value(user.value, ctx, function):
                effect = "an empty one makes ldap3 bind anonymously (no authentication= given)"
                ctx.report(node, self.meta.message.format(what="the user given to Connection()", effect=effect))

    flagged = """
        import ldap
        from flask import request
        from ldap3 import Connection, Server

        SERVER = Server("ldaps://ldap.example")

        def sign_in():
            conn = ldap.initialize("ldaps://ldap.example")
            dn = "uid=%s,ou=people,dc=example" % ldap.dn.escape_dn_chars(request.form["username"])
            conn.simple_bind_s(dn, request.form["password"])  # expect
            return "welcome"

        def sign_in_upn():
            upn = request.form.get("login", "")
            conn = Connection(SERVER, upn, request.form.get("password", ""), auto_bind=True)  # expect
            return conn.extend.standard.who_am_i()
    """
    safe = """
        import ldap
        from flask import abort, request
        from ldap3 import SIMPLE, Connection, Server

        SERVER = Server("ldaps://ldap.example")

        def sign_in():
            password = request.form["password"]
            if not password:
                abort(401)
            conn = ldap.initialize("ldaps://ldap.example")
            dn = "uid=%s,ou=people,dc=example" % ldap.dn.escape_dn_chars(request.form["username"])
            conn.simple_bind_s(dn, password)
            return "welcome"

        def sign_in_upn():
            upn = request.form.get("login", "")
            if not upn:
                abort(401)
            conn = Connection(SERVER, upn, request.form.get("password", ""), auto_bind=True)
            return conn.extend.standard.who_am_i()

        # ldap3 refuses an empty password in a simple bind (LDAPPasswordIsMandatoryError)
        def sign_in_simple():
            dn = f"uid={request.form['username']},ou=people,dc=example"
            return Connection(SERVER, dn, request.form["password"], authentication=SIMPLE, auto_bind=True).bound

        # the service account's own password, not the client's
        def lookup(secret):
            conn = ldap.initialize("ldaps://ldap.example")
            conn.simple_bind_s("cn=portal,dc=example", secret)
    """


def _request_read(expr: cst.BaseExpression) -> bool:
    """`request.form["password"]`, `request.POST.get("password", "")`, `request.get_json()["password"]`."""
    if isinstance(expr, cst.Subscript):
        holder = expr.value
    elif isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute) and expr.func.attr.value == "get":
        holder = expr.func.value
    else:
        return False
    if isinstance(holder, cst.Call):
        holder = holder.func
    return (
        isinstance(holder, cst.Attribute)
        and holder.attr.value in REQUEST_HOLDERS
        and isinstance(holder.value, cst.Name)
        and holder.value.value in REQUESTS
    )


def _unchecked_request_value(expr: cst.BaseExpression, ctx: Context, function: cst.FunctionDef) -> bool:
    """A raw read of request data (in place, or a name bound to one once in the function) that no test of the
    function mentions (`if not password`, `if len(pw) < 8`, `if not (user and password)`)."""
    code = ctx.code(expr)
    if isinstance(expr, cst.Name):
        bound = assignments(ctx, expr.value, function)
        if len(bound) != 1 or bound[0].value is None or not _request_read(bound[0].value):
            return False
    elif not _request_read(expr):
        return False
    tests: list[cst.BaseExpression] = [n.test for n in iter_nodes(function, cst.If)]
    tests += [n.test for n in iter_nodes(function, cst.While)]
    tests += [n.test for n in iter_nodes(function, cst.Assert)]
    tests += [n.test for n in iter_nodes(function, cst.IfExp)]
    tests += [n.left for n in iter_nodes(function, cst.BooleanOperation)]
    return not any(code in ctx.code(test) for test in tests)


def _binds(call: cst.Call, ctx: Context, function: cst.FunctionDef) -> bool:
    """An ldap3 Connection that binds: auto_bind set (not to False or AUTO_BIND_NONE), or bind() called on the
    name it is assigned to, or used in a `with` (which binds)."""
    auto = arg(call, "auto_bind", 3)
    if auto is not None:
        return constant_value(auto.value) not in (False, None, "NONE") and not ctx.code(auto.value).endswith("NONE")
    return any(
        isinstance(n.func, cst.Attribute) and n.func.attr.value == "bind" for n in iter_nodes(function, cst.Call)
    ) or any(item.item is call for w in iter_nodes(function, cst.With) for item in w.items)
