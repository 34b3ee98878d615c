"""FTP, telnet, SMTP without STARTTLS and http:// URLs to hosts other than localhost."""

import re
from urllib.parse import urlsplit

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, bound_value, string_text

HTTP_METHODS = ("get", "post", "put", "patch", "delete", "head", "options")
# callee -> (keyword, position) of the URL
URL_ARGS: dict[str, tuple[str, int]] = {
    **{f"{lib}.{m}": ("url", 0) for lib in ("requests", "httpx") for m in (*HTTP_METHODS, "stream")},
    "requests.request": ("url", 1),
    "httpx.request": ("url", 1),
    "httpx.stream": ("url", 1),
    "urllib.request.urlopen": ("url", 0),
}
# callee -> (keyword, position) of the host; the call is plaintext unless the host is local
PLAIN_CLIENTS: dict[str, tuple[str, int]] = {
    "ftplib.FTP": ("host", 0),
    "telnetlib.Telnet": ("host", 0),
    "smtplib.SMTP": ("host", 0),
    "poplib.POP3": ("host", 0),
    "imaplib.IMAP4": ("host", 0),
}
# clients that can upgrade the connection in place: quiet when the enclosing code does so
UPGRADES = {"smtplib.SMTP": "starttls", "imaplib.IMAP4": "starttls", "poplib.POP3": "stls"}
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
            "Use the TLS variant: https:// URLs, ftplib.FTP_TLS (and prot_p()) or SFTP, smtplib.SMTP_SSL or "
            "call smtp.starttls(context=ssl.create_default_context()) before login, imaplib.IMAP4_SSL, "
            "poplib.POP3_SSL, and SSH instead of telnet."
        ),
        references=(
            "https://docs.python.org/3/library/ftplib.html#ftplib.FTP_TLS",
            "https://docs.python.org/3/library/smtplib.html#smtplib.SMTP.starttls",
        ),
    )
    calls = (*URL_ARGS, *PLAIN_CLIENTS)
    needles = (
        "requests",
        "httpx",
        "urllib.request",
        "urlopen",
        "ftplib",
        "telnetlib",
        "smtplib",
        "poplib",
        "imaplib",
    )

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if name in PLAIN_CLIENTS:
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
            ctx.report(call, self.meta.message.format(name=f"{name}()"))
            return
        keyword, position = URL_ARGS[name]
        url = arg(call, keyword, position)
        if url is None:
            return
        host = _http_host(url.value, ctx)
        if host is not None and not _local(host):
            ctx.report(call, self.meta.message.format(name=f"{name}() to http://{host}"))

    flagged = """
        import ftplib
        import smtplib
        import requests
        import telnetlib as tn
        from urllib.request import urlopen

        API = "http://api.example.com"

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
            return a, b, c

        def remote(host):
            return tn.Telnet(host)  # expect

        def inner():
            import httpx
            return httpx.get(url="http://status.example.org/")  # expect
    """
    safe = """
        import ftplib
        import smtplib
        import ssl
        import requests
        from urllib.request import urlopen

        def upload(path):
            with ftplib.FTP_TLS("files.example.com") as ftp:
                ftp.login("deploy", read_secret())
                ftp.prot_p()

        def notify(message, host):
            with smtplib.SMTP(host, 587) as server:
                server.starttls(context=ssl.create_default_context())
                server.send_message(message)
            with smtplib.SMTP_SSL(host) as secure:
                secure.send_message(message)
            smtplib.SMTP("localhost").send_message(message)

        def fetch(url, path):
            a = requests.get("https://reports.example.com/latest", timeout=10)
            b = requests.get("http://localhost:8000/health", timeout=1)
            c = urlopen("http://127.0.0.1:9090/metrics", timeout=1)
            d = requests.get(url, timeout=10)
            e = requests.get(f"http://{path}", timeout=10)
            return a, b, c, d, e
    """


def _local(host: str) -> bool:
    host = host.strip("[]").lower()
    return host in ("localhost", "::1", "") or host.startswith("127.") or host.endswith(".localhost")


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
        bound = bound_value(ctx, expr.value, where=lambda a: a.top_level and isinstance(a.node, cst.Assign))
        return _prefix(bound, ctx, depth + 1) if bound is not None else None
    return None


def _http_host(expr: cst.BaseExpression, ctx: Context) -> str | None:
    """The host of an http:// URL whose host part is literal text, else None."""
    prefix = _prefix(expr, ctx)
    if prefix is None:
        return None
    text, complete = prefix
    if text[:7].lower() != "http://":
        return None
    rest = text[7:]
    if not complete and not _HOST_END.search(rest):
        return None  # the host continues in a placeholder: cannot tell
    try:
        return urlsplit(text).hostname or None
    except ValueError:
        return None
