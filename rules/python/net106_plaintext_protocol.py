"""FTP, telnet, SMTP without STARTTLS and http:// (ftp://) URLs to hosts other than localhost."""

import re
from urllib.parse import urlsplit

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, assignments, bound_value, parameter, string_text
from guidelint.cst.clients import client_class, local_client

# the URL arguments of HTTP calls and client methods are the knowledge base's (http-clients)
# URL schemes without transport encryption (ftp:// is fetched by urllib's FTP handler)
PLAIN_SCHEMES = ("http://", "ftp://")
# callee -> (keyword, position) of the host; the call is plaintext unless the host is local
PLAIN_CLIENTS: dict[str, tuple[str, int]] = {
    "ftplib.FTP": ("host", 0),
    "ftplib.FTP_TLS": ("host", 0),
    "telnetlib.Telnet": ("host", 0),
    "smtplib.SMTP": ("host", 0),
    "poplib.POP3": ("host", 0),
    "imaplib.IMAP4": ("host", 0),
    "http.client.HTTPConnection": ("host", 0),
    "httplib.HTTPConnection": ("host", 0),
    "urllib3.HTTPConnectionPool": ("host", 0),
    "urllib3.connectionpool.HTTPConnectionPool": ("host", 0),
}
# clients that can upgrade the connection in place: quiet when the enclosing code does so
# (FTP_TLS secures its control channel when it logs in, the data channel - the files - only after prot_p())
UPGRADES = {"smtplib.SMTP": "starttls", "imaplib.IMAP4": "starttls", "poplib.POP3": "stls", "ftplib.FTP_TLS": "prot_p"}
_HOST_END = re.compile(r"[/?#:]")


class PlaintextProtocol(Rule):
    meta = RuleMeta.of(
        id="NET106",
        clause="SG-4.2",
        title="Plaintext protocol to a non-local host",
        severity="medium",
        confidence="medium",
        cwe=[319],
        owasp="A02:2021-Cryptographic Failures",
        message="{name} sends data in clear text",
        rationale=(
            "http, FTP, telnet, SMTP, POP3 and IMAP without TLS expose credentials and the data they carry "
            "to every network and device on the path, including the company's separated internal networks. "
            "Clients' confidential and pre-disclosure insider information must never cross a network "
            "unencrypted; only connections to the local host are exempt."
        ),
        remediation=(
            "Use the TLS variant with a verifying context (context = ssl.create_default_context()): https:// "
            "URLs, ftplib.FTP_TLS(host, context=context) (and prot_p()) or SFTP, smtplib.SMTP_SSL(host, "
            "context=context) or smtp.starttls(context=context) before login, imaplib.IMAP4_SSL(host, "
            "ssl_context=context), poplib.POP3_SSL(host, context=context), and SSH instead of telnet. Without "
            "a context these clients verify no certificate (NET102)."
        ),
        references=(
            "https://docs.python.org/3/library/ftplib.html#ftplib.FTP_TLS",
            "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.starttls",
        ),
    )
    calls = tuple(PLAIN_CLIENTS)
    nodes = (cst.Call,)
    needles = (
        "requests",
        "aiohttp",
        "httpx",
        "urllib",
        "urlopen",
        "http.client",
        "httplib",
        "HTTPConnection",
        "ftplib",
        "telnetlib",
        "smtplib",
        "poplib",
        "imaplib",
    )

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        keyword, position = PLAIN_CLIENTS[name]
        host = arg(call, keyword, position)
        text = string_text(host.value) if host is not None else None
        if text is not None and _local(text):
            return
        upgrade = UPGRADES.get(name)
        if upgrade is not None:
            scope = ctx.function if ctx.function is not None else ctx.module
            if f".{upgrade}(" in ctx.code(scope):
                return
        label = f"{name}() without {upgrade}()" if name == "ftplib.FTP_TLS" else f"{name}()"
        ctx.report(call, self.meta.message.format(name=label))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        """HTTP calls (requests.get(url)) and methods of client objects made in the code
        (requests.Session().get(url), opener.open(url))."""
        if not isinstance(node, cst.Call):
            return
        http = ctx.knowledge.http_clients
        func = node.func
        if not isinstance(func, cst.Attribute) or func.attr.value in http.call_names:
            name = ctx.qualname(func)
            known = http.calls.get(name) if name is not None else None
            if known is not None:
                self._check_url(node, arg(node, known.url.keyword, known.url.position), f"{name}()", ctx)
        if not isinstance(node.func, cst.Attribute):
            return
        method = node.func.attr.value
        if method not in http.request_methods:
            return
        client = client_class(node.func.value, ctx, node)
        url = http.clients[client].methods.get(method) if client is not None else None
        if client is None or url is None or local_client(node.func.value, ctx, node):
            return  # (a client made over a Unix socket: the request never leaves this host)
        self._check_url(node, arg(node, url.keyword, url.position), f"{client.rsplit('.', 1)[-1]}.{method}()", ctx)

    def _check_url(self, call: cst.Call, url: cst.Arg | None, name: str, ctx: Context) -> None:
        if url is None:
            return
        found = _plain_host(url.value, ctx)
        if found is not None and not _local(found[1]):
            scheme, host = found
            ctx.report(call, self.meta.message.format(name=f"{name} to {scheme}{host}"))

    flagged = """
        import ftplib
        import smtplib
        import ssl
        import requests
        import telnetlib as tn
        from urllib.request import urlopen

        API = "http://api.example.com"

        def upload_files(path):
            with ftplib.FTP_TLS("files.example.com", context=ssl.create_default_context()) as ftp:  # expect
                ftp.login("deploy", read_secret())  # encrypts the login; the files go in clear
                ftp.storbinary("STOR report.csv", open(path, "rb"))

        def upload(path):
            with ftplib.FTP("files.example.com") as ftp:  # expect
                ftp.login("deploy", read_secret())
                ftp.storbinary("STOR report.csv", open(path, "rb"))

        def notify(message, host):
            server = smtplib.SMTP(host, 25)  # expect
            server.login("bot", read_secret())
            server.send_message(message)

        def fetch(path):
            a = requests.get("http://reports.example.com/latest")  # expect
            b = requests.post(API + path, json={})  # expect
            c = urlopen(f"http://10.1.2.3:8080/{path}")  # expect
            badge = urlopen("http://169.254.10.20/status")  # expect (another link-local device: a host on the wire)
            return a, b, c

        def remote(host):
            return tn.Telnet(host)  # expect

        def inner():
            import httpx
            return httpx.get(url="http://status.example.org/")  # expect

        def mirror(session, url="http://mirror.example.net/feed.xml"):
            from urllib.request import OpenerDirector, Request, urlretrieve
            opener = OpenerDirector()
            opener.open(url)  # expect
            urlretrieve("ftp://files.example.net/prices.csv", "/srv/prices.csv")  # expect
            request = Request("http://mirror.example.net/upload", data=b"")  # expect
            with requests.Session() as client:
                client.post("http://ingest.example.net/v1", json={})  # expect
            return request

        def status():
            import http.client
            connection = http.client.HTTPConnection("status.example.org", 80)  # expect
            connection.request("GET", "/")
            return connection.getresponse()

        async def feeds(path):
            import aiohttp
            import httpx
            import urllib3
            from requests import api
            pool = urllib3.PoolManager()
            pool.request("GET", "http://quotes.example.com/" + path)  # expect
            api.get("http://quotes.example.com/latest")  # expect
            async with aiohttp.ClientSession() as session:
                await session.get("http://feeds.example.com/prices")  # expect
            with httpx.Client() as client:
                with client.stream("GET", "http://feeds.example.com/bulk") as response:  # expect
                    response.read()
            connector = aiohttp.TCPConnector(limit=10)
            async with aiohttp.ClientSession(connector=connector) as pooled:
                await pooled.get("http://feeds.example.com/archive")  # expect (a TCP connector: the network)
    """
    safe = """
        import ftplib
        import smtplib
        import ssl
        import requests
        from urllib.request import urlopen

        def upload(path):
            with ftplib.FTP_TLS("files.example.com", context=ssl.create_default_context()) as ftp:
                ftp.login("deploy", read_secret())
                ftp.prot_p()

        def notify(message, host):
            with smtplib.SMTP(host, 587) as server:
                server.starttls(context=ssl.create_default_context())
                server.send_message(message)
            with smtplib.SMTP_SSL(host, context=ssl.create_default_context()) as secure:
                secure.send_message(message)
            smtplib.SMTP("localhost").send_message(message)

        def mirror(session, url="https://mirror.example.net/feed.xml", local="http://localhost:8080/"):
            import http.client
            from urllib.request import OpenerDirector, Request, urlretrieve
            opener = OpenerDirector()
            opener.open(url)
            opener.open(local)
            urlretrieve("https://files.example.net/prices.csv", "/srv/prices.csv")
            request = Request("https://mirror.example.net/upload", data=b"")
            with requests.Session() as client:
                client.post("https://ingest.example.net/v1", json={})
                client.get("http://127.0.0.1:9000/health")
            cached = {"http://mirror.example.net/feed.xml": b""}.get("http://mirror.example.net/feed.xml")
            connection = http.client.HTTPSConnection("status.example.org")
            local_status = http.client.HTTPConnection("localhost", 8080)
            return request, connection, local_status, cached

        def fetch(url, path):
            a = requests.get("https://reports.example.com/latest", timeout=10)
            b = requests.get("http://localhost:8000/health", timeout=1)
            c = urlopen("http://127.0.0.1:9090/metrics", timeout=1)
            d = requests.get(url, timeout=10)
            e = requests.get(f"http://{path}", timeout=10)
            region = requests.get("http://169.254.169.254/latest/meta-data/placement/region", timeout=2)
            return a, b, c, d, e, region

        async def daemon(socket_path):
            import aiohttp
            import httpx
            # over the daemon's Unix socket: the host in the URL is a name only, nothing leaves this machine
            async with aiohttp.ClientSession(connector=aiohttp.UnixConnector(path=socket_path)) as session:
                await session.get("http://daemon.internal/status")
            with httpx.Client(transport=httpx.HTTPTransport(uds=socket_path)) as local:
                return local.get("http://docker/containers/json")
    """


# a cloud instance's metadata service: plain HTTP only, at a link-local address the hypervisor serves
METADATA_HOSTS = frozenset({"169.254.169.254", "metadata.google.internal", "fd00:ec2::254"})


def _local(host: str) -> bool:
    """This host, or the instance's metadata service: the request reaches no network."""
    host = host.strip("[]").lower()
    return (
        host in ("localhost", "::1", "")
        or host in METADATA_HOSTS
        or host.startswith("127.")
        or host.endswith(".localhost")
    )


def _prefix(expr: cst.BaseExpression, ctx: Context, depth: int = 0) -> tuple[str, bool] | None:
    """The literal text a URL expression starts with, and whether its host part is complete."""
    text = string_text(expr)
    if text is not None:
        return text, True
    if depth > 2:
        return None
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        return _prefix(expr.left, ctx, depth + 1)
    if isinstance(expr, cst.FormattedString) and expr.parts:
        first = expr.parts[0]
        if isinstance(first, cst.FormattedStringText):
            return first.value, len(expr.parts) == 1
    if isinstance(expr, cst.Name):  # the one value it gets on a line of its own in the function or module body
        default = _parameter_default(ctx, expr.value)
        if default is not None:
            return _prefix(default, ctx, depth + 1)
        bound = bound_value(ctx, expr.value, where=lambda a: a.top_level and isinstance(a.node, cst.Assign))
        return _prefix(bound, ctx, depth + 1) if bound is not None else None
    return None


def _parameter_default(ctx: Context, name: str) -> cst.BaseExpression | None:
    """The literal default of a parameter of the enclosing function that the function never reassigns: the
    URL used whenever the caller does not pass one."""
    function = ctx.function
    if function is None:
        return None
    param = parameter(function, name)
    if param is not None:
        if param.default is None or string_text(param.default) is None:
            return None
        return None if assignments(ctx, name, function) else param.default
    return None


def _plain_host(expr: cst.BaseExpression, ctx: Context) -> tuple[str, str] | None:
    """The scheme and host of an http:// or ftp:// URL whose host part is literal text, else None."""
    prefix = _prefix(expr, ctx)
    if prefix is None:
        return None
    text, complete = prefix
    scheme = next((s for s in PLAIN_SCHEMES if text[: len(s)].lower() == s), None)
    if scheme is None:
        return None
    rest = text[len(scheme) :]
    if not complete and not _HOST_END.search(rest):
        return None  # the host continues in a placeholder: cannot tell
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    return (scheme, host) if host else None
