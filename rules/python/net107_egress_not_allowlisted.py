"""HTTP clients sending requests to hosts outside the configured egress allow-list."""

import re
from typing import Any, ClassVar
from urllib.parse import urlsplit

import libcst as cst
from guidelint.cst import (
    NOT_CONSTANT,
    Argument,
    Context,
    Rule,
    RuleMeta,
    arg,
    assigned_value,
    imports_module,
    module_constant,
    string_parts,
)
from guidelint.cst.clients import client_class, client_words, local_client
from guidelint.egress import DEFAULT_ALLOWED_HOSTS, host_allowed

ALLOWED_HOSTS = DEFAULT_ALLOWED_HOSTS
METHODS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "request", "stream", "ws_connect"})
# the URL arguments of HTTP calls and client constructors are the knowledge base's (http-clients); METHODS
# are request methods called on objects that only their names say are HTTP clients
CLIENT_LIBRARIES = ("requests", "httpx", "aiohttp", "urllib3")
SCHEMES = frozenset({"http", "https", "ws", "wss"})


class EgressNotAllowlisted(Rule):
    meta = RuleMeta.of(
        id="NET107",
        clause="SG-6.2",
        title="HTTP request to a host outside the egress allow-list",
        severity="medium",
        confidence="medium",
        cwe=[200],
        owasp="A01:2021-Broken Access Control",
        message="{name}() sends a request to {host}, which is not on the egress allow-list",
        rationale=(
            "Exit measures are the company's last line of defence for clients' confidential and "
            "pre-disclosure insider information: data may leave only to destinations the CSIRT has "
            "approved. Code that talks to a host nobody approved (a SaaS API tried out in development, a "
            "partner's test server, a hard-coded collector) is an exfiltration path that network egress "
            "filtering only catches once the traffic is already on its way. The rule reads the host from "
            "constant URLs (literals, module constants and the constant prefix of built URLs) and compares "
            "it with the allow-list. CWE-200 (exposure of sensitive information to an unauthorized actor) "
            "is the closest weakness: the risk is data reaching a party that was never authorized, not an "
            "attacker choosing the URL (CWE-918/SSRF, A10) nor the application acting as an unintended "
            "proxy (CWE-441); OWASP maps CWE-200 to A01:2021 Broken Access Control."
        ),
        remediation=(
            "Send requests only to approved hosts. If the destination is legitimate, get CSIRT approval and "
            "add it to the project's allow-list, e.g. in pyproject.toml [tool.guidelint.options.NET107] "
            'allowed_hosts = ["localhost", "127.0.0.1", "::1", "*.internal", "*.local", "*.acme.internal", '
            '"api.partner.example"] (or [options.NET107] in guidelint.toml; the list replaces the default, '
            "so keep the internal entries; fnmatch patterns, case-insensitive). Literal private and loopback "
            "IP addresses count as internal unless allow_private_ips = false. Otherwise remove the call, or "
            "route it through the approved internal gateway."
        ),
        references=(
            "https://cwe.mitre.org/data/definitions/200.html",
            "https://owasp.org/Top10/A01_2021-Broken_Access_Control/",
            "https://docs.python.org/3/library/fnmatch.html",
        ),
    )
    nodes = (cst.Call,)
    needles = (re.compile(r"[\"']https?://", re.IGNORECASE),)  # a URL in a string literal
    options: ClassVar[dict[str, Any]] = {"allowed_hosts": ALLOWED_HOSTS, "allow_private_ips": True}

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.Call)
        func = node.func
        if isinstance(func, cst.Attribute):
            last = func.attr.value
        elif isinstance(func, cst.Name):
            last = func.value
        else:
            return
        if last not in METHODS and last not in _entry_names(ctx):
            return
        name = ctx.qualname(func)
        where = _url_argument(name, ctx) if name is not None else None
        if where is not None:
            keyword, position = where.keyword, where.position
        elif name is None and isinstance(func, cst.Attribute) and last in METHODS and _client(func.value, node, ctx):
            keyword, position = ("url", 1) if last == "request" else ("url", 0)
            name = _dotted_tail(func)
        else:
            return
        url = arg(node, keyword, position)
        if url is None or (isinstance(func, cst.Attribute) and local_client(func.value, ctx, node)):
            return  # (a client made over a Unix socket: the request never leaves this host)
        host = _host(url.value, node, ctx)
        if host is None or _allowed(host, ctx):
            return
        ctx.report(node, self.meta.message.format(name=name, host=host))

    flagged = """
        import httpx
        import requests
        from urllib.request import Request, urlopen

        ANALYTICS = "https://collector.analytics-saas.example/v1/events"
        PARTNER = "https://api.partner.example"

        def publish(event, path, deal):
            requests.post(ANALYTICS, json=event, timeout=5)  # expect
            requests.get(PARTNER + path, timeout=5)  # expect
            requests.delete(f"{PARTNER}/deals/{deal.id}", timeout=5)  # expect
            requests.request("PUT", f"https://files.example.net/upload/{deal.id}", data=deal.blob, timeout=5)  # expect
            urlopen(Request("https://Paste.Example.org/api?k=%s" % path), timeout=5)  # expect

        def sync(deal):
            with requests.Session() as session:
                session.post("https://crm.vendor.example/deals", json=deal, timeout=5)  # expect
            client = httpx.Client(base_url="https://hooks.example.com")  # expect
            url = "https://hooks.example.com/notify/{}".format(deal.id)
            return httpx.post(url, json=deal)  # expect

        def mirror(path):
            from urllib.request import urlretrieve
            urlretrieve("https://dumps.example.org/prices.csv", path)  # expect

        def pooled(deal):
            # a transport given no socket (retries only): a network client like any other
            with httpx.Client(transport=httpx.HTTPTransport(retries=3)) as client:
                client.post("https://crm.vendor.example/deals", json=deal)  # expect
    """
    safe = """
        import httpx
        import requests
        import aiohttp
        from urllib.request import urlopen

        STATUS = "http://localhost:8080/status"
        PRICING = "https://pricing.acme.internal/v2"

        def check(path, url, settings):
            requests.get(STATUS, timeout=2)
            requests.get(PRICING + path, timeout=5)
            requests.get(f"https://risk.internal/{path}", timeout=5)
            urlopen("http://127.0.0.1:9000/metrics", timeout=2)
            urlopen("http://[::1]:9000/metrics", timeout=2)
            requests.get("http://10.20.1.5/health", timeout=2)
            requests.get(url, timeout=5)
            requests.get(settings.PARTNER_URL + path, timeout=5)
            requests.get(f"https://{settings.host}/v1", timeout=5)
            return httpx.Client(base_url="https://ledger.acme.internal")

        async def stream(deal_id):
            async with aiohttp.ClientSession() as session:
                async with session.get(f"https://deals.acme.internal/{deal_id}") as response:
                    return await response.json()

        def cache_lookup(cache):
            return cache.get("https://collector.analytics-saas.example/v1/events")

        async def daemon(socket_path):
            # over the daemon's Unix socket: the host in the URL is a name only, nothing leaves this machine
            connector = aiohttp.UnixConnector(path=socket_path)
            session = aiohttp.ClientSession(connector=connector)
            with httpx.Client(transport=httpx.HTTPTransport(uds=socket_path)) as local:
                local.get("http://docker/containers/json")
            return await session.ws_connect("http://ipc.daemon.example/ws")
    """


def _dotted_tail(func: cst.Attribute) -> str:
    parts: list[str] = []
    expr: cst.BaseExpression = func
    while isinstance(expr, cst.Attribute):
        parts.append(expr.attr.value)
        expr = expr.value
    if isinstance(expr, cst.Name):
        parts.append(expr.value)
    return ".".join(reversed(parts))


def _entry_names(ctx: Context) -> frozenset[str]:
    """Last name components of the HTTP calls and client constructors of the knowledge base."""
    found = ctx.memo.get("NET107 entry names")
    if found is None:
        http = ctx.knowledge.http_clients
        found = ctx.memo["NET107 entry names"] = frozenset(n.rsplit(".", 1)[-1] for n in (*http.calls, *http.clients))
    return frozenset(found)


def _url_argument(name: str, ctx: Context) -> Argument | None:
    """Where an HTTP call takes its URL, or a client constructor its base URL."""
    http = ctx.knowledge.http_clients
    call = http.calls.get(name)
    if call is not None:
        return call.url
    client = http.clients.get(name)
    return client.base_url if client is not None else None


def _client(receiver: cst.BaseExpression, call: cst.Call, ctx: Context) -> bool:
    """Whether the object a method is called on is an HTTP client: made by a client constructor
    (`client_class`), or named like one (session, client, http, pool) in a module that imports an HTTP client
    library."""
    if client_class(receiver, call=call, ctx=ctx) is not None:
        return True
    return any(imports_module(ctx, lib) for lib in CLIENT_LIBRARIES) and bool(client_words(receiver))


def _prefix(expr: cst.BaseExpression, before: cst.Call, ctx: Context, depth: int) -> tuple[str, bool] | None:
    """The constant text a URL starts with, and whether its host is complete: true for a whole literal or
    constant (also the left of `API + path`), false for the text before an f-string's first field."""
    value = module_constant(ctx, expr)
    if value is not NOT_CONSTANT:
        return (value, True) if isinstance(value, str) else None
    if depth > 3:
        return None
    if isinstance(expr, cst.Name):  # url = "https://..." earlier in the function
        assigned = assigned_value(ctx, expr.value, before)
        return _prefix(assigned, before, ctx, depth + 1) if assigned is not None else None
    if isinstance(expr, cst.FormattedString):
        first = expr.parts[0] if expr.parts else None
        if isinstance(first, cst.FormattedStringText):
            return first.value, False
        if isinstance(first, cst.FormattedStringExpression):  # f"{API}/deals/{deal_id}"
            return _prefix(first.expression, before, ctx, depth + 1)
        return None
    parts = string_parts(expr)  # template % args, template.format(...), a + b, "a" f"{b}"
    if not parts:
        return None
    return _prefix(parts[0], before, ctx, depth + 1)  # API + path: a constant "https://host" names the host


def _host(expr: cst.BaseExpression, call: cst.Call, ctx: Context) -> str | None:
    """The host of a URL whose scheme and host are constant, lower-cased; None when it cannot be told."""
    found = _prefix(expr, call, ctx, 0)
    if found is None:
        return None
    text, complete = found
    scheme, separator, rest = text.partition("://")
    if not separator or scheme.lower() not in SCHEMES:
        return None
    if not complete and not any(c in rest for c in "/?#:"):
        return None  # the host continues in a placeholder: f"https://{tenant}.example.com"
    try:
        host = urlsplit(text).hostname
    except ValueError:
        return None
    if not host or "{" in host or "%" in host:
        return None  # "https://{}.example.com".format(...), "https://%s/" % host
    return host.lower()


def _allowed(host: str, ctx: Context) -> bool:
    return host_allowed(host, ctx.option("allowed_hosts", ALLOWED_HOSTS), ctx.option("allow_private_ips", True))
