"""SSLv2, SSLv3, TLS 1.0 and TLS 1.1 requested by code, or allowed by ssl.wrap_socket()'s defaults."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, bound_value, string_text
from guidelint.cst.optout import UnlessOptedOut, WhereOptedOut

OLD_VERSIONS = {
    "ssl.PROTOCOL_SSLv2": "SSLv2",
    "ssl.PROTOCOL_SSLv3": "SSLv3",
    "ssl.PROTOCOL_TLSv1": "TLS 1.0",
    "ssl.PROTOCOL_TLSv1_1": "TLS 1.1",
    "ssl.TLSVersion.SSLv3": "SSLv3",
    "ssl.TLSVersion.TLSv1": "TLS 1.0",
    "ssl.TLSVersion.TLSv1_1": "TLS 1.1",
    "OpenSSL.SSL.SSLv2_METHOD": "SSLv2",
    "OpenSSL.SSL.SSLv3_METHOD": "SSLv3",
    "OpenSSL.SSL.TLSv1_METHOD": "TLS 1.0",
    "OpenSSL.SSL.TLSv1_1_METHOD": "TLS 1.1",
}
LAST_NAMES = frozenset(name.rsplit(".", 1)[-1] for name in OLD_VERSIONS)


class OldTlsVersion(UnlessOptedOut, Rule):
    meta = RuleMeta.of(
        id="NET105",
        clause="SG-4.5",
        title="Deprecated SSL/TLS protocol version",
        severity="high",
        confidence="high",
        cwe=[327],
        owasp="A02:2021-Cryptographic Failures",
        message="{name} selects {version}, a broken protocol version",
        rationale=(
            "SSLv2 and SSLv3 are broken (DROWN, POODLE) and TLS 1.0 and 1.1 are deprecated by RFC 8996; "
            "traffic protected by them has to be treated as plaintext. Pinning a context to one of them, or "
            "allowing it as the minimum, exposes credentials and clients' confidential and insider "
            "information to anyone who can observe or downgrade the connection. A version selected only in "
            "a branch its caller opts into by switching verification off (`if not verify_ssl:` on a switch "
            "whose default verifies) is reported by NET110, which warns."
        ),
        remediation=(
            "Use ssl.create_default_context() (TLS 1.2+ in current Python), or "
            "ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT) with context.minimum_version = ssl.TLSVersion.TLSv1_2; "
            "with pyOpenSSL use SSL.TLS_METHOD plus set_min_proto_version(SSL.TLS1_2_VERSION). Replace "
            "ssl.wrap_socket(sock) by ssl.create_default_context().wrap_socket(sock, server_hostname=host)."
        ),
        references=(
            "https://docs.python.org/3/library/ssl.html#ssl.SSLContext.minimum_version",
            "https://datatracker.ietf.org/doc/html/rfc8996",
        ),
    )
    nodes = (cst.Attribute, cst.Name, cst.Call)
    needles = ("PROTOCOL_SSLv", "PROTOCOL_TLSv1", "TLSVersion", "_METHOD", "wrap_socket")

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.Call):
            # the module-level wrap_socket (removed in Python 3.12) negotiates whatever the system allows
            if ctx.qualname(node.func) == "ssl.wrap_socket" and not _passes_version(node, ctx):
                ctx.report(node, "ssl.wrap_socket() without ssl_version also accepts TLS 1.0 and 1.1, broken versions")
            return
        if isinstance(node, cst.Attribute):
            if node.attr.value not in LAST_NAMES:
                return
        elif isinstance(node, cst.Name):
            if node.value not in LAST_NAMES:
                return
        else:
            return
        if not ctx.ancestors or not _selects(node, ctx.ancestors[-1]):
            return
        name = ctx.qualname(node)
        if name in OLD_VERSIONS:
            ctx.report(node, self.meta.message.format(name=name, version=OLD_VERSIONS[name]))

    flagged = """
        import ssl
        from OpenSSL import SSL
        from ssl import PROTOCOL_TLSv1_1, TLSVersion

        def contexts():
            a = ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # expect
            b = ssl.SSLContext(PROTOCOL_TLSv1_1)  # expect
            c = ssl.create_default_context()
            c.minimum_version = ssl.TLSVersion.TLSv1  # expect
            c.maximum_version = TLSVersion.TLSv1_1  # expect
            d = SSL.Context(SSL.SSLv3_METHOD)  # expect
            return a, b, c, d

        def inner(ssl_version=SSL.TLSv1_METHOD):  # expect
            import ssl as tls
            return tls.SSLContext(tls.PROTOCOL_SSLv3), ssl_version  # expect

        def legacy_client(sock, cafile):
            options = {"ca_certs": cafile, "cert_reqs": ssl.CERT_REQUIRED}
            ssl.wrap_socket(sock, **options)  # expect
            return ssl.wrap_socket(sock)  # expect
    """
    safe = """
        import ssl
        from OpenSSL import SSL

        PROTOCOL_TLSv1 = "tls1"

        def contexts(sock):
            a = ssl.create_default_context()
            a.minimum_version = ssl.TLSVersion.TLSv1_2
            b = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            c = ssl.SSLContext(ssl.PROTOCOL_SSLv23)
            d = SSL.Context(SSL.TLS_METHOD)
            d.set_min_proto_version(SSL.TLS1_2_VERSION)
            legacy = a.minimum_version <= ssl.TLSVersion.TLSv1_1
            names = {ssl.PROTOCOL_TLSv1: "TLSv1", ssl.TLSVersion.TLSv1_1: "TLSv1.1"}
            wrapped = a.wrap_socket(sock, server_hostname="db.internal")
            return a, b, c, d, legacy, names, PROTOCOL_TLSv1, wrapped

        def legacy_client(sock, cafile, protocol, options):
            settings = {"ca_certs": cafile, "cert_reqs": ssl.CERT_REQUIRED, "ssl_version": protocol}
            ssl.wrap_socket(sock, **settings)
            ssl.wrap_socket(sock, **options)  # the options are judged where they are made
            return ssl.wrap_socket(sock, ssl_version=ssl.PROTOCOL_TLS_CLIENT)
    """


class OldTlsWhereUnverified(WhereOptedOut, OldTlsVersion):
    """NET105's findings in a branch that runs only when the caller switched verification off."""

    meta = RuleMeta.of(
        id="NET110",
        clause="SG-4.5",
        title="Deprecated SSL/TLS version where the caller switched verification off",
        severity="medium",
        confidence="high",
        cwe=[327],
        owasp="A02:2021-Cryptographic Failures",
        message="{name} selects {version}, a broken protocol version, in a branch the caller's switch opts into",
        rationale=(
            "The old version is selected only in the branch that runs when the caller switched certificate "
            "verification off (`if not verify_ssl:` on a switch whose default verifies): that connection is "
            "open to an attacker in the middle whatever its version, and the weakness is in whoever turns "
            "the switch off. This warns, so the fallback is known and removed when the switch is reviewed; "
            "NET105 blocks an old version the code selects on its own."
        ),
        remediation=OldTlsVersion.meta.remediation,
        references=OldTlsVersion.meta.references,
    )

    flagged = """
        import ssl

        def connect(sock, host, verify_ssl=True):
            if not verify_ssl:
                legacy = ssl.SSLContext(ssl.PROTOCOL_TLSv1)  # expect
                legacy.verify_mode = ssl.CERT_NONE
                return legacy.wrap_socket(sock)
            return ssl.create_default_context().wrap_socket(sock, server_hostname=host)
    """
    safe = """
        import ssl

        def connect(sock, host, verify_ssl=True):
            if verify_ssl:
                return ssl.create_default_context().wrap_socket(sock, server_hostname=host)
            return ssl._create_unverified_context().wrap_socket(sock)

        def legacy(sock):
            context = ssl.SSLContext(ssl.PROTOCOL_TLSv1_1)  # NET105's: selected on the code's own decision
            return context.wrap_socket(sock)
    """


def _selects(node: cst.BaseExpression, parent: cst.CSTNode) -> bool:
    """The version is passed, assigned or defaulted, i.e. selected: SSLContext(v), ctx.minimum_version = v,
    def connect(ssl_version=v). Not a comparison, a lookup-table key or entry, or the import of the name."""
    if isinstance(parent, cst.Arg):
        return True
    if isinstance(parent, (cst.Assign, cst.AnnAssign)) and parent.value is node:
        targets = parent.targets if isinstance(parent, cst.Assign) else (parent,)
        return not any(isinstance(t.target, cst.Subscript) for t in targets)
    return isinstance(parent, cst.Param) and parent.default is node


def _passes_version(call: cst.Call, ctx: Context) -> bool:
    """ssl_version given by keyword or position, or possibly inside `*args` / `**options`; a `**` dict
    literal (or a name bound once to one) without an "ssl_version" key does not give it."""
    if arg(call, "ssl_version", 5) is not None:
        return True
    for a in call.args:
        if a.star == "*":
            return True
        if a.star == "**":
            mapping = a.value
            if isinstance(mapping, cst.Name):
                mapping = bound_value(ctx, mapping.value) or mapping
            if not isinstance(mapping, cst.Dict):
                return True
            for element in mapping.elements:
                if not isinstance(element, cst.DictElement) or string_text(element.key) in (None, "ssl_version"):
                    return True
    return False
