"""HTTP requests that can wait forever."""

from typing import Any, ClassVar

import libcst as cst
from guidelint.cst import (
    Argument,
    Context,
    Rule,
    RuleMeta,
    arg,
    assignments,
    bound_value,
    has_star_args,
    imports_module,
    parameter,
    string_text,
    with_keyword,
)
from guidelint.cst.clients import client_class, client_words

DEFAULT_TIMEOUT = 30


class HttpWithoutTimeout(Rule):
    meta = RuleMeta.of(
        id="NET103",
        clause="SG-4.4",
        title="HTTP request without a timeout",
        severity="medium",
        confidence="high",
        cwe=[400],
        owasp="A05:2021-Security Misconfiguration",
        message="{name}() has no timeout; one slow or malicious server can hang the caller forever",
        rationale=(
            "requests and urllib wait indefinitely for a server that accepts the connection but never "
            "answers. A single unresponsive or hostile peer then ties up workers until the service stops "
            "answering, an availability failure for the systems that serve clients' confidential and insider "
            "information. The guidelines require an explicit timeout on every outbound call."
        ),
        remediation=(
            "Pass a timeout in seconds: requests.get(url, timeout=30), or a (connect, read) pair "
            "timeout=(3.05, 30); urllib.request.urlopen(url, timeout=30). The value of the fix comes from "
            "the NET103 `timeout` option (default 30)."
        ),
        references=(
            "https://requests.readthedocs.io/en/latest/user/advanced/#timeouts",
            "https://docs.python.org/3/library/urllib.request.html#urllib.request.urlopen",
        ),
    )
    # the knowledge base's HTTP calls and client objects with a `timeout:` (those that wait forever without one)
    nodes = (cst.Call,)
    needles = ("requests", "urlopen")
    options: ClassVar[dict[str, Any]] = {"timeout": DEFAULT_TIMEOUT}

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.Call)
        call = node
        found = _request(call, ctx)
        if found is None:
            return
        name, timeout = found
        if has_star_args(call) or not call.args:
            return  # **kwargs may carry the timeout
        if arg(call, timeout.keyword, timeout.position) is not None:
            return
        value = ctx.option("timeout", DEFAULT_TIMEOUT)
        message = self.meta.message.format(name=name)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            replacement = with_keyword(call, "timeout", cst.parse_expression(repr(value)))
            ctx.report(call, message, replacement, f"add timeout={value!r}")
        else:
            ctx.report(call, message)

    flagged = """
        import requests
        import requests as http
        from requests import post
        from urllib.request import urlopen

        def fetch(url, payload):
            a = requests.get(url)  # expect
            b = http.request("GET", url, params={"q": 1})  # expect
            c = post(  # expect
                url,
                json=payload,
            )
            with urlopen(url) as response:  # expect
                d = response.read()
            return a, b, c, d

        def inner(url):
            import urllib.request
            return urllib.request.urlopen(url, None).read()  # expect

        def batch(urls):
            session = requests.Session()
            first = session.get(urls[0])  # expect
            with requests.Session() as pooled:
                return first, pooled.post(urls[1], json={})  # expect

        def submit(session: requests.Session, url, doc):
            return session.put(url, json=doc)  # expect

        class Filings:
            def __init__(self):
                self.http = requests.Session()

            def status(self, url):
                return self.http.get(url).json()  # expect

        REGISTRY = "https://registry.example.com/api"

        def register(session, entry):
            # a parameter named as a client, in a module whose only client library is requests, sent an
            # http(s) URL: a requests session
            return session.post(f"{REGISTRY}/entries", json=entry)  # expect
    """
    fixed = """
        import requests
        import requests as http
        from requests import post
        from urllib.request import urlopen

        def fetch(url, payload):
            a = requests.get(url, timeout=30)
            b = http.request("GET", url, params={"q": 1}, timeout=30)
            c = post(
                url,
                json=payload,
                timeout=30,
            )
            with urlopen(url, timeout=30) as response:
                d = response.read()
            return a, b, c, d

        def inner(url):
            import urllib.request
            return urllib.request.urlopen(url, None, timeout=30).read()

        def batch(urls):
            session = requests.Session()
            first = session.get(urls[0], timeout=30)
            with requests.Session() as pooled:
                return first, pooled.post(urls[1], json={}, timeout=30)

        def submit(session: requests.Session, url, doc):
            return session.put(url, json=doc, timeout=30)

        class Filings:
            def __init__(self):
                self.http = requests.Session()

            def status(self, url):
                return self.http.get(url, timeout=30).json()

        REGISTRY = "https://registry.example.com/api"

        def register(session, entry):
            # a parameter named as a client, in a module whose only client library is requests, sent an
            # http(s) URL: a requests session
            return session.post(f"{REGISTRY}/entries", json=entry, timeout=30)
    """
    safe = """
        import httpx
        import requests
        from urllib.request import urlopen

        def fetch(url, payload, **options):
            a = requests.get(url, timeout=10)
            b = requests.post(url, json=payload, timeout=(3.05, 27))
            c = requests.get(url, **options)
            d = httpx.get(url)
            with urlopen(url, None, 15) as response:
                e = response.read()
            session = requests.Session()
            return a, b, c, d, e, session.get(url, timeout=5)

        class Quotes:
            def __init__(self, client=None):
                self.http = httpx.Client()  # httpx waits 5 s by default
                self.session = client or requests.Session()

            def quote(self, url, session):
                return self.http.get(url), self.session.get(url), session.get(url)
    """


def _request(call: cst.Call, ctx: Context) -> tuple[str, Argument] | None:
    """The name a request call is shown by and where it takes its timeout, for calls and client objects
    that wait forever without one (`requests.get(...)`, `requests.Session().get(...)`)."""
    http = ctx.knowledge.http_clients
    func = call.func
    if isinstance(func, cst.Attribute) and func.attr.value in http.request_methods:
        client = client_class(func.value, ctx, call) or _parameter_client(func.value, func.attr.value, call, ctx)
        entry = http.clients.get(client) if client is not None else None
        if entry is not None:
            if entry.timeout is None or func.attr.value not in entry.methods:
                return None
            return f"{ctx.code(func.value)}.{func.attr.value}", entry.timeout
    if isinstance(func, cst.Attribute) and func.attr.value not in http.call_names:
        return None
    name = ctx.qualname(func)
    known = http.calls.get(name) if name is not None else None
    if name is None or known is None or known.timeout is None:
        return None
    return name, known.timeout


URL_SCHEMES = ("http://", "https://")


def _parameter_client(receiver: cst.BaseExpression, method: str, call: cst.Call, ctx: Context) -> str | None:
    """`requests.Session` for an unannotated parameter named as a client (session, http, client, pool) of
    a module that imports requests and no other library whose clients have this request method, when the
    call is given a URL the code spells as http(s)://: by name alone the object could be an httpx or aiohttp
    client (both time out by default) or an ORM session, but in such a module, sent a web URL, it is
    requests'. None otherwise."""
    if not isinstance(receiver, cst.Name) or not client_words(receiver):
        return None
    param = parameter(ctx.function, receiver.value)
    if param is None or param.annotation is not None or assignments(ctx, receiver.value, ctx.function):
        return None
    if not imports_module(ctx, "requests"):
        return None
    clients = ctx.knowledge.http_clients.clients
    others = {n.split(".")[0] for n, c in clients.items() if c.timeout is None and method in c.methods}
    if any(imports_module(ctx, other) for other in others):
        return None
    session = next((n for n, c in clients.items() if n.startswith("requests.") and c.timeout is not None), None)
    url = clients[session].methods.get(method) if session is not None else None
    given = arg(call, url.keyword, url.position) if url is not None else None
    text = _url_prefix(given.value, ctx) if given is not None else None
    return session if text is not None and text.lower().startswith(URL_SCHEMES) else None


def _url_prefix(expr: cst.BaseExpression, ctx: Context, depth: int = 0) -> str | None:
    """The literal text a URL expression starts with: a string, an f-string or `+` that starts with one, or a
    name bound to one (the one value it is ever assigned)."""
    text = string_text(expr)
    if text is not None or depth > 3:
        return text
    if isinstance(expr, cst.BinaryOperation) and isinstance(expr.operator, cst.Add):
        return _url_prefix(expr.left, ctx, depth + 1)
    if isinstance(expr, cst.FormattedString) and expr.parts:
        first = expr.parts[0]
        if isinstance(first, cst.FormattedStringText):
            return first.value
        if isinstance(first, cst.FormattedStringExpression):
            return _url_prefix(first.expression, ctx, depth + 1)
        return None
    if isinstance(expr, cst.Name):
        bound = bound_value(ctx, expr.value)
        return _url_prefix(bound, ctx, depth + 1) if bound is not None else None
    return None
