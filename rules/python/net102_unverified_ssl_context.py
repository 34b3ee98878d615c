"""SSL contexts and sockets that do not verify the peer."""

import re
from collections.abc import Callable

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    arg,
    assignments,
    dotted,
    has_star_args,
    imports_module,
    iter_calls,
    string_text,
)
from guidelint.cst.directory import DIRECTORY_CLIENTS, unverified_directory_client, unverified_directory_option
from guidelint.cst.optout import UnlessOptedOut, WhereOptedOut

CERT_NONE = frozenset({"ssl.CERT_NONE", "ssl.VerifyMode.CERT_NONE"})
UNVERIFIED = frozenset({"ssl._create_unverified_context", "ssl._create_stdlib_context"})
# pyOpenSSL verifies no peer unless set_verify(VERIFY_PEER, ...) is called; a context given its own
# certificate and key is a server's, which need not verify clients
PYOPENSSL_CONTEXT = "OpenSSL.SSL.Context"
PYOPENSSL_CONFIGURED = frozenset(
    {
        "set_verify",
        "use_certificate",
        "use_certificate_file",
        "use_certificate_chain_file",
        "use_privatekey",
        "use_privatekey_file",
    }
)

# The standard library's mail and FTP clients fall back to ssl._create_stdlib_context() - an unverified
# context - when they are given none: keyword, and where Python 3.11 still took it positionally, its index
STDLIB_TLS_CLIENTS = {
    "smtplib.SMTP_SSL": ("context", 7),
    "imaplib.IMAP4_SSL": ("ssl_context", 4),
    "poplib.POP3_SSL": ("context", 5),
    "ftplib.FTP_TLS": ("context", 6),
}
# their TLS upgrades: smtplib.SMTP.starttls(context=), imaplib.IMAP4.starttls(ssl_context=), poplib.POP3.stls()
UPGRADES = frozenset({"starttls", "stls"})
UPGRADE_MODULES = ("smtplib", "imaplib", "poplib")
# functions that check a peer certificate against the host name after the handshake: ssl's former
# match_hostname() and its ports, service_identity's verify_hostname()
HOST_MATCHERS = frozenset({"match_hostname", "_match_hostname", "verify_hostname"})


class UnverifiedSslContext(UnlessOptedOut, Rule):
    meta = RuleMeta.of(
        id="NET102",
        clause="SG-4.1",
        title="SSL context without certificate or host name verification",
        severity="high",
        confidence="high",
        cwe=[295],
        owasp="A07:2021-Identification and Authentication Failures",
        message="{name} disables certificate or host name verification",
        rationale=(
            "An SSL context that does not verify the certificate chain, or does not check that the "
            "certificate belongs to the host, accepts any peer: an attacker between the service and the "
            "server can impersonate the server and read or alter everything sent, including credentials "
            "and clients' confidential and insider information. Replacing the default HTTPS context does so "
            "for every connection of the process. Code that turns verification off only in a branch its "
            "caller opts into (`if not verify_certs:` on a switch whose default verifies) is reported by "
            "NET108, which warns: the weakness is in whoever turns the switch off. Not reported: the "
            "server's end of a connection (whether it asks clients for certificates is access control, not "
            "SG-4.1) and clearing check_hostname in a branch where the caller's own value already chose "
            "CERT_NONE (ssl requires it; the choice is the caller's), or in a function that then matches the "
            "certificate to the host name itself (match_hostname(), service_identity's verify_hostname()). "
            "A pyOpenSSL context kept on an object is judged by its class: a method that calls set_verify() "
            "configures it. The standard library's mail and FTP "
            "clients (smtplib.SMTP_SSL and starttls(), imaplib.IMAP4_SSL, poplib.POP3_SSL, ftplib.FTP_TLS) "
            "verify nothing unless they are given a context: without one they use ssl's unverified context. "
            "So do the directory clients: ldap3's Tls() validates no certificate unless validate= asks it to, "
            "an ldap3 Server over SSL without tls= makes that default Tls(), and python-ldap's "
            "OPT_X_TLS_REQUIRE_CERT set to OPT_X_TLS_NEVER or OPT_X_TLS_ALLOW accepts any certificate."
        ),
        remediation=(
            "Use ssl.create_default_context() (optionally with cafile= for an internal CA) and leave "
            "check_hostname=True and verify_mode=ssl.CERT_REQUIRED; wrap sockets with "
            "context.wrap_socket(sock, server_hostname=host) instead of ssl.wrap_socket(). Give the mail and "
            "FTP clients that context: smtplib.SMTP_SSL(host, context=ssl.create_default_context()), "
            "smtp.starttls(context=...), imaplib.IMAP4_SSL(host, ssl_context=...), poplib.POP3_SSL(host, "
            "context=...), ftplib.FTP_TLS(host, context=...). For LDAP: ldap3.Server(url, use_ssl=True, "
            "tls=ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=...)), python-ldap's "
            "set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)."
        ),
        references=(
            "https://docs.python.org/3/library/ssl.html#security-considerations",
            "https://docs.python.org/3/library/ssl.html#ssl.create_default_context",
        ),
    )
    calls = (*UNVERIFIED, "ssl.wrap_socket", PYOPENSSL_CONTEXT, *STDLIB_TLS_CLIENTS, *DIRECTORY_CLIENTS)
    nodes = (cst.Assign, cst.Call)
    needles = (
        "_create_unverified_context",
        "_create_stdlib_context",
        "check_hostname",
        "CERT_NONE",
        "wrap_socket",
        "OpenSSL",
        "SMTP_SSL",
        "IMAP4_SSL",
        "POP3_SSL",
        "FTP_TLS",
        "starttls",
        "stls(",
        "ldap3",
        "OPT_X_TLS_REQUIRE_CERT",
    )

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name in DIRECTORY_CLIENTS:
            found = unverified_directory_client(call, name, ctx)
            if found is not None:
                ctx.report(call, self.meta.message.format(name=found))
            return
        if name in STDLIB_TLS_CLIENTS:
            keyword, position = STDLIB_TLS_CLIENTS[name]
            if arg(call, keyword, position) is None and not has_star_args(call):
                ctx.report(call, self.meta.message.format(name=f"{name}() without {keyword}="))
            return
        if name == PYOPENSSL_CONTEXT:
            scope = _kept_on_object(ctx) or ctx.function or ctx.module
            if not _methods_called(scope, ctx) & PYOPENSSL_CONFIGURED:
                ctx.report(call, self.meta.message.format(name="OpenSSL.SSL.Context() without set_verify()"))
            return
        if name in UNVERIFIED:
            ctx.report(call, self.meta.message.format(name=f"{name}()"))
            return
        server_side = arg(call, "server_side", 3)
        if server_side is not None and isinstance(server_side.value, cst.Name) and server_side.value.value == "True":
            return  # the server's end: whether it asks clients for certificates is not SG-4.1
        cert_reqs = arg(call, "cert_reqs", 4)
        if cert_reqs is None:
            if not has_star_args(call):
                ctx.report(call, self.meta.message.format(name="ssl.wrap_socket() (default cert_reqs=CERT_NONE)"))
        elif _cert_none(cert_reqs.value, ctx):
            ctx.report(call, self.meta.message.format(name="ssl.wrap_socket(cert_reqs=CERT_NONE)"))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.Call):
            self._check_upgrade(node, ctx)
            option = unverified_directory_option(node, ctx)
            if option is not None:
                ctx.report(node, self.meta.message.format(name=option))
            return
        assert isinstance(node, cst.Assign)
        target = node.targets[0].target
        if not isinstance(target, cst.Attribute):
            return
        attr = target.attr.value
        value = node.value
        if attr in ("check_hostname", "verify_mode") and _branch(ctx, _names_server):
            return  # `if server_side:` the server's context, which verifies clients or not (not SG-4.1)
        if attr in ("check_hostname", "verify_mode") and _context_class_start(target, ctx):
            return
        if attr == "check_hostname":
            cleared = isinstance(value, cst.Name) and value.value == "False"
            followed = _branch(ctx, lambda test: _tests_cert_none(test, ctx))  # the caller chose CERT_NONE
            own_check = ctx.function is not None and bool(_functions_called(ctx.function, ctx) & HOST_MATCHERS)
            if cleared and not followed and not own_check and not _server_side(target.value, ctx):
                ctx.report(node, self.meta.message.format(name=f"{ctx.code(target)} = False"))
        elif attr == "verify_mode":
            if _cert_none(value, ctx) and not _server_side(target.value, ctx):
                ctx.report(node, self.meta.message.format(name=f"{ctx.code(target)} = CERT_NONE"))
        elif attr == "_create_default_https_context" and ctx.qualname(value) in UNVERIFIED:
            ctx.report(node, self.meta.message.format(name="replacing ssl's default HTTPS context"))

    def _check_upgrade(self, call: cst.Call, ctx: Context) -> None:
        """`smtp.starttls()` / `imap.starttls()` / `pop.stls()` with no argument, in a module using those
        clients (aiosmtplib's starttls() verifies by default: a module using it is left alone)."""
        func = call.func
        if not (isinstance(func, cst.Attribute) and func.attr.value in UPGRADES) or call.args:
            return
        if imports_module(ctx, "aiosmtplib") or not any(imports_module(ctx, m) for m in UPGRADE_MODULES):
            return
        ctx.report(call, self.meta.message.format(name=f"{func.attr.value}() without a context"))

    flagged = """
        import ftplib
        import imaplib
        import poplib
        import smtplib
        import socket
        import ssl
        import ssl as tls
        from ssl import CERT_NONE

        ssl._create_default_https_context = ssl._create_unverified_context  # expect

        def connect(host):
            context = tls._create_unverified_context()  # expect
            legacy = ssl._create_stdlib_context()  # expect
            return context, legacy

        def relaxed(host):
            context = ssl.create_default_context()
            context.check_hostname = False  # expect
            context.verify_mode = CERT_NONE  # expect
            return context

        def raw(host):
            sock = socket.create_connection((host, 443))
            plain = ssl.wrap_socket(sock)  # expect
            return plain, ssl.wrap_socket(sock, cert_reqs=ssl.CERT_NONE)  # expect

        def inner():
            from ssl import SSLContext, PROTOCOL_TLS_CLIENT, VerifyMode
            context = SSLContext(PROTOCOL_TLS_CLIENT)
            context.check_hostname = False  # expect
            context.verify_mode = VerifyMode.CERT_NONE  # expect
            return context

        def pyopenssl_client():
            from OpenSSL import SSL
            return SSL.Context(SSL.TLS_CLIENT_METHOD)  # expect

        class Session:
            def __init__(self):
                from OpenSSL import SSL
                self._context = SSL.Context(SSL.TLS_CLIENT_METHOD)  # expect
                self._context.load_verify_locations("ca.pem")

        class Fetcher:
            def __init__(self):
                self.check_hostname = False  # expect
                self.verify_mode = ssl.CERT_NONE  # expect

            def fetch(self, host):
                context = ssl.create_default_context()
                context.check_hostname = self.check_hostname
                context.verify_mode = self.verify_mode
                return context

        class RelaxedContext(ssl.SSLContext):
            def __init__(self, protocol):
                super().__init__(protocol)
                self.check_hostname = False  # expect

            def wrap_socket(self, sock, **options):
                return super().wrap_socket(sock, **options)

        def matched_elsewhere(sock, context, host):
            context.check_hostname = False  # expect
            return context.wrap_socket(sock, server_hostname=host)

        def match_hostname(cert, host):
            return cert, host

        def client_context(verify_peer=False):
            context = ssl.create_default_context()
            if not verify_peer:  # a switch whose default is off: unverified unless the caller asks
                context.check_hostname = False  # expect
                context.verify_mode = ssl.CERT_NONE  # expect
            return context

        def from_settings(options):
            context = ssl.create_default_context()
            if not options.get("verify_tls"):  # a missing option means no verification
                context.verify_mode = ssl.CERT_NONE  # expect
            debugging = False
            if not debugging:
                context.check_hostname = False  # expect
            return context

        def either_side(server_side, mode):
            context = ssl.create_default_context()
            if server_side:
                context.load_cert_chain("service.pem")
            else:
                context.check_hostname = False  # expect
            if mode != ssl.CERT_NONE:
                context.check_hostname = False  # expect
            return context

        def for_upload(settings):
            context = ssl.create_default_context()
            if settings.server_url:  # names the server it connects to: still the client's end
                context.verify_mode = ssl.CERT_NONE  # expect
            return context

        # without a context the standard library's mail and FTP clients verify no certificate
        def send_report(host, message):
            with smtplib.SMTP_SSL(host, 465) as secure:  # expect
                secure.send_message(message)
            with smtplib.SMTP(host, 587) as mail:
                mail.starttls()  # expect
                mail.send_message(message)

        def fetch_mail(host):
            inbox = imaplib.IMAP4_SSL(host)  # expect
            pop = poplib.POP3_SSL(host, 995)  # expect
            pop.stls()  # expect
            return inbox, pop, ftplib.FTP_TLS(host, "report")  # expect

        def directory(url):
            import ldap
            from ldap3 import Server, Tls
            ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_NEVER)  # expect
            relaxed = Tls(validate=ssl.CERT_NONE)  # expect
            defaulted = Tls(ca_certs_file="ca.pem")  # expect
            return relaxed, defaulted, Server(url, use_ssl=True)  # expect
    """
    safe = """
        import ftplib
        import imaplib
        import poplib
        import smtplib
        import socket
        import ssl

        def connect(host, cafile=None):
            context = ssl.create_default_context(cafile=cafile)
            context.check_hostname = True
            context.verify_mode = ssl.CERT_REQUIRED
            with socket.create_connection((host, 443)) as sock:
                with context.wrap_socket(sock, server_hostname=host) as tls:
                    return tls.version()

        def server(certfile):
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(certfile)
            context.verify_mode = ssl.CERT_OPTIONAL
            listener = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            listener.check_hostname = False
            listener.verify_mode = ssl.CERT_NONE
            return ssl.wrap_socket(socket.socket(), cert_reqs=ssl.CERT_REQUIRED, ca_certs=certfile)

        def accept(listener, certfile, keyfile):
            conn, _ = listener.accept()
            positional = ssl.wrap_socket(conn, keyfile, certfile, True)
            return positional, ssl.wrap_socket(conn, server_side=True, certfile=certfile)

        def own_host_check(sock, context, host):
            context.check_hostname = False  # the host name is matched below, after the handshake
            tls = context.wrap_socket(sock, server_hostname=host)
            ssl.match_hostname(tls.getpeercert(), host)
            return tls

        class TlsContext:  # ssl.SSLContext's interface over another TLS library: starts as one does
            def __init__(self, protocol):
                self.protocol = protocol
                self.check_hostname = False
                self.verify_mode = ssl.CERT_NONE

            def wrap_socket(self, sock, server_hostname=None):
                return ssl.wrap_socket(sock, cert_reqs=self.verify_mode, ssl_version=self.protocol)

        class Channel:
            def __init__(self):
                from OpenSSL import SSL
                self._context = SSL.Context(SSL.TLS_CLIENT_METHOD)

            def require_peer(self, callback):
                from OpenSSL import SSL
                self._context.set_verify(SSL.VERIFY_PEER, callback)

        def pyopenssl(host, cafile):
            from OpenSSL import SSL
            client = SSL.Context(SSL.TLS_CLIENT_METHOD)
            client.load_verify_locations(cafile)
            client.set_verify(SSL.VERIFY_PEER, lambda conn, cert, errno, depth, ok: ok)
            return client

        def from_options(options, server_side):
            purpose = ssl.Purpose.CLIENT_AUTH if server_side else ssl.Purpose.SERVER_AUTH
            context = ssl.create_default_context(purpose)
            if server_side:
                context.check_hostname = False
                context.verify_mode = ssl.CERT_OPTIONAL
            if options["cert_reqs"] == ssl.CERT_NONE:
                context.check_hostname = False  # ssl requires it: the caller's option chose no verification
            context.verify_mode = options["cert_reqs"]
            if options.get("verify", "").upper() == "CERT_NONE":
                context.check_hostname = False
            return context

        def pyopenssl_server(certfile, keyfile):
            from OpenSSL import SSL
            listener = SSL.Context(SSL.TLS_SERVER_METHOD)
            listener.use_certificate_file(certfile)
            listener.use_privatekey_file(keyfile)
            return listener

        def send_report(host, message, options):
            context = ssl.create_default_context()
            with smtplib.SMTP_SSL(host, 465, context=context) as secure:
                secure.send_message(message)
            with smtplib.SMTP(host, 587) as mail:
                mail.starttls(context=context)
                mail.send_message(message)
            inbox = imaplib.IMAP4_SSL(host, ssl_context=context)
            pop = poplib.POP3_SSL(host, 995, context=context)
            pop.stls(context)
            relay = smtplib.SMTP_SSL(**options)  # the options are judged where they are made
            return inbox, pop, relay, ftplib.FTP_TLS(host, context=context)

        def directory(url, cafile):
            import ldap
            import ldap3
            ldap.set_option(ldap.OPT_X_TLS_REQUIRE_CERT, ldap.OPT_X_TLS_DEMAND)
            tls = ldap3.Tls(validate=ssl.CERT_REQUIRED, ca_certs_file=cafile)
            return ldap3.Server(url, use_ssl=True, tls=tls), ldap3.Server("ldap://localhost")
    """


class VerificationSwitchedOff(WhereOptedOut, UnverifiedSslContext):
    """NET102's findings in a branch that runs only when the caller switched verification off."""

    meta = RuleMeta.of(
        id="NET108",
        clause="SG-4.1",
        title="Certificate verification can be switched off by an option",
        severity="medium",
        confidence="high",
        cwe=[295],
        owasp="A07:2021-Identification and Authentication Failures",
        message="{name} disables certificate or host name verification in a branch the caller's switch opts into",
        rationale=(
            "The code offers a switch whose default verifies the peer (`validate_certs=True`, "
            "`self.validate_cert`, `options.get('verify', True)`, `insecure=False`) and turns certificate or "
            "host name verification off only in the branch its caller opts into. The connection is open to "
            "an attacker in the middle wherever a caller or a deployment turns the switch off, so the weakness "
            "is in that caller or configuration: this warns, so the switch is known and reviewed, where NET102 "
            "blocks code that turns verification off on its own (unconditionally, or by a default that does "
            "not verify, or a switch the code fixes)."
        ),
        remediation=(
            "Keep the switch, and check that no caller or deployment turns it off; where a private CA is the "
            "reason, offer a CA bundle option (cafile=) instead of an off switch. Log a warning when the "
            "switch is off, so an unverified connection is visible in the audit trail."
        ),
        references=UnverifiedSslContext.meta.references,
    )

    flagged = """
        import ssl

        def make_context(cafile=None, validate_certs=True):
            context = ssl.create_default_context(cafile=cafile)
            if not validate_certs:
                context.check_hostname = False  # expect
                context.verify_mode = ssl.CERT_NONE  # expect
            return context

        class Client:
            def context(self, options):
                context = ssl.create_default_context()
                if self.request.insecure and options.get("legacy"):
                    context.verify_mode = ssl.CERT_NONE  # expect
                if options.get("verify_ssl", True) is False:
                    return ssl._create_unverified_context()  # expect
                return context
    """
    safe = """
        import ssl

        def make_context(cafile=None, validate_certs=True):
            context = ssl.create_default_context(cafile=cafile)
            if validate_certs:
                context.load_verify_locations(cafile)
            else:
                context.load_default_certs()
            return context

        def unconditional():
            context = ssl.create_default_context()
            context.check_hostname = False  # NET102's: nothing switches it
            return context

        def insecure_default(verify=False):
            context = ssl.create_default_context()
            if not verify:
                context.verify_mode = ssl.CERT_NONE  # NET102's: off unless the caller asks for verification
            return context
    """


def _cert_none(expr: cst.BaseExpression, ctx: Context) -> bool:
    return ctx.qualname(expr) in CERT_NONE


_SERVER_SIDE = re.compile(r"(is_)?server(_side|_mode)?")


def _branch(ctx: Context, decides: Callable[[cst.BaseExpression], bool]) -> bool:
    """The node being checked runs only when the test of an enclosing `if` holds, and `decides` says
    that test settles the question."""
    chain = ctx.ancestors
    for at, node in enumerate(chain[:-1]):
        if isinstance(node, cst.If) and chain[at + 1] is node.body and decides(node.test):
            return True
    return False


def _names_server(test: cst.BaseExpression) -> bool:
    """`if server_side:` / `if self.is_server:`: the branch configures the server's end of the connection
    (`if settings.server_url:` names the server a client connects to, and proves nothing)."""
    name = dotted(test)
    return name is not None and _SERVER_SIDE.fullmatch(name.rsplit(".", 1)[-1].lower()) is not None


def _tests_cert_none(test: cst.BaseExpression, ctx: Context) -> bool:
    """`if options["cert_reqs"] == ssl.CERT_NONE:` (or its name, "CERT_NONE", from a configuration): the
    caller's value turned verification off before this branch; ssl refuses CERT_NONE with check_hostname
    on, so clearing it there only follows that choice."""
    if not isinstance(test, cst.Comparison) or len(test.comparisons) != 1:
        return False
    if not isinstance(test.comparisons[0].operator, (cst.Equal, cst.Is)):
        return False
    sides = (test.left, test.comparisons[0].comparator)
    return any(_cert_none(side, ctx) or string_text(side) == "CERT_NONE" for side in sides)


def _server_side(context: cst.BaseExpression, ctx: Context) -> bool:
    """A server's context (clients need no certificate, host names are not checked on that side): named so,
    or made in this scope with PROTOCOL_TLS_SERVER or Purpose.CLIENT_AUTH."""
    name = dotted(context)
    if name is None:
        return False
    if "server" in name.lower():
        return True
    made = [
        a.value
        for a in assignments(ctx, name)
        if a.top_level and isinstance(a.node, cst.Assign) and isinstance(a.value, cst.Call)
    ]
    if not made:  # not made by a statement of its own in this function (module)
        return False
    arguments = [ctx.qualname(a.value) or "" for a in made[0].args]
    return any(m.endswith(("PROTOCOL_TLS_SERVER", "Purpose.CLIENT_AUTH")) for m in arguments)


def _context_class_start(target: cst.Attribute, ctx: Context) -> bool:
    """`self.check_hostname = False` in `__init__` of a class of its own (no base) that defines
    wrap_socket(): the class is an SSL context (a stand-in for ssl.SSLContext, a wrapper of another TLS
    library), and this is the starting value ssl.SSLContext(protocol) has too; its users configure it as
    they would an SSLContext."""
    if not (isinstance(target.value, cst.Name) and target.value.value == "self"):
        return False
    function = ctx.function
    if function is None or function.name.value != "__init__":
        return False
    owner = next((a for a in reversed(ctx.ancestors) if isinstance(a, cst.ClassDef)), None)
    if owner is None or any(dotted(base.value) != "object" for base in owner.bases):
        return False
    body = owner.body.body if isinstance(owner.body, cst.IndentedBlock) else ()
    return any(isinstance(s, cst.FunctionDef) and s.name.value == "wrap_socket" for s in body)


def _kept_on_object(ctx: Context) -> cst.ClassDef | None:
    """The class whose method stores the call's value on the object (`self._ctx = SSL.Context(...)`): the
    object's other methods configure it."""
    parent = ctx.ancestors[-1] if ctx.ancestors else None
    if not (isinstance(parent, cst.Assign) and len(parent.targets) == 1):
        return None
    target = parent.targets[0].target
    if not (isinstance(target, cst.Attribute) and isinstance(target.value, cst.Name) and target.value.value == "self"):
        return None
    return next((a for a in reversed(ctx.ancestors) if isinstance(a, cst.ClassDef)), None)


def _methods_called(scope: cst.CSTNode, ctx: Context) -> set[str]:
    """The names of the methods called anywhere in `scope` (`x.set_verify(...)`: set_verify)."""
    key = ("NET102 methods", id(scope))
    if key not in ctx.memo:
        ctx.memo[key] = {c.func.attr.value for c in iter_calls(scope) if isinstance(c.func, cst.Attribute)}
    methods: set[str] = ctx.memo[key]
    return methods


def _functions_called(scope: cst.CSTNode, ctx: Context) -> set[str]:
    """The last names of everything called in `scope` (`ssl.match_hostname(...)`, `_match_hostname(...)`)."""
    key = ("NET102 called", id(scope))
    if key not in ctx.memo:
        names = {(dotted(c.func) or "").rsplit(".", 1)[-1] for c in iter_calls(scope)}
        ctx.memo[key] = names - {""}
    called: set[str] = ctx.memo[key]
    return called
