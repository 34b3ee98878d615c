"""TLS of directory (LDAP) clients: where python-ldap and ldap3 verify no server certificate.

ldap3's `Tls` object validates nothing unless `validate=` asks it to (its default is `ssl.CERT_NONE`), and a
`Server` that uses SSL without a `tls=` object makes that default one. python-ldap verifies what its
`OPT_X_TLS_REQUIRE_CERT` option says: `OPT_X_TLS_NEVER` and `OPT_X_TLS_ALLOW` accept any certificate.
"""

from __future__ import annotations

import libcst as cst

from guidelint.cst.api import Context
from guidelint.cst.arguments import arg
from guidelint.cst.helpers import has_star_args, imports_module
from guidelint.semantic.formatting import string_text
from guidelint.semantic.names import dotted

LDAP3_TLS = "ldap3.Tls"
LDAP3_SERVER = "ldap3.Server"
DIRECTORY_CLIENTS = (LDAP3_TLS, LDAP3_SERVER)
CERT_NONE = frozenset({"ssl.CERT_NONE", "ssl.VerifyMode.CERT_NONE"})
# python-ldap's answers to an unverifiable certificate that go on with the connection
ACCEPTS_ANY = frozenset({"OPT_X_TLS_NEVER", "OPT_X_TLS_ALLOW"})


def unverified_directory_client(call: cst.Call, name: str, ctx: Context) -> str | None:
    """What verifies no certificate in `ldap3.Tls(...)` / `ldap3.Server(...)`, or None."""
    if has_star_args(call):
        return None  # the options are judged where they are made
    if name == LDAP3_TLS:
        validate = arg(call, "validate", 2)
        if validate is None:
            return "ldap3.Tls() without validate= (its default is CERT_NONE)"
        return "ldap3.Tls(validate=CERT_NONE)" if ctx.qualname(validate.value) in CERT_NONE else None
    use_ssl = arg(call, "use_ssl", 2)
    host = arg(call, "host", 0)
    url = string_text(host.value) if host is not None else None
    secure = (use_ssl is not None and _true(use_ssl.value)) or (url is not None and url.startswith("ldaps://"))
    if secure and arg(call, "tls", 5) is None:
        return "ldap3.Server() over SSL without tls= (a default Tls() verifies no certificate)"
    return None


def unverified_directory_option(call: cst.Call, ctx: Context) -> str | None:
    """`ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)` (also on a connection object)."""
    func = call.func
    if not (isinstance(func, cst.Attribute) and func.attr.value == "set_option") or len(call.args) < 2:
        return None
    option, value = (dotted(a.value) or "" for a in call.args[:2])
    if option.rsplit(".", 1)[-1] != "OPT_X_TLS_REQUIRE_CERT" or not imports_module(ctx, "ldap"):
        return None
    chosen = value.rsplit(".", 1)[-1]
    return f"set_option(OPT_X_TLS_REQUIRE_CERT, {chosen})" if chosen in ACCEPTS_ANY else None


def _true(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Name) and expr.value == "True"
