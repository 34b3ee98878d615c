"""HTTP requests that can wait forever."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, has_star_args, with_keyword

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
    # the calls are the knowledge base's HTTP calls with a `timeout:` (clients that wait forever without one)
    nodes = (cst.Call,)
    needles = ("requests", "urlopen")

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        assert isinstance(node, cst.Call)
        call = node
        http = ctx.knowledge.http_clients
        if isinstance(call.func, cst.Attribute) and call.func.attr.value not in http.call_names:
            return
        name = ctx.qualname(call.func)
        known = http.calls.get(name) if name is not None else None
        timeout = known.timeout if known is not None else None
        if name is None or timeout is None:
            return
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
    """
