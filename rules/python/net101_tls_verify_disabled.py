"""HTTP clients told not to verify the server's certificate."""

import re
from typing import ClassVar

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    arg,
    assignments,
    dotted,
    fixed_values,
    imports_module,
    is_constant,
    string_text,
)
from guidelint.cst.optout import UnlessOptedOut, WhereOptedOut, opted_out

REQUEST_METHODS = frozenset({"get", "post", "put", "patch", "delete", "head", "options", "request", "send", "stream"})
# an OAuth client session's token calls (requests-oauthlib's OAuth2Session, authlib's requests and httpx clients):
# requests of the session, whose verify= is the HTTP client's
TOKEN_METHODS = frozenset({"fetch_token", "refresh_token", "revoke_token", "introspect_token", "fetch_request_token"})
# HTTP clients by their module: authlib's OAuth clients are requests Sessions and httpx clients, given their options
CLIENT_MODULES = ("requests.", "httpx.", "authlib.integrations.requests_client.", "authlib.integrations.httpx_client.")
# the Docker SDK's TLS settings for a daemon's API (docker.tls.TLSConfig(verify=False): any server certificate)
DOCKER_TLS = frozenset({"docker.tls.TLSConfig", "docker.TLSConfig"})
# attributes of a client's configuration that switch verification off: requests' session.verify, and the
# verify_ssl of the OpenAPI-generated clients' Configuration (kubernetes.client.Configuration and its kind)
VERIFY_ATTRIBUTES = frozenset({"verify", "verify_ssl"})
AIOHTTP_SSL_CALLS = frozenset({"aiohttp.ClientSession", "aiohttp.TCPConnector", "aiohttp.request"})
# AWS SDK clients: boto3.client("s3", verify=False) and a Session's client()/resource() skip the endpoint's
# certificate (the SDK's own `verify` parameter, for S3-compatible stores and private endpoints)
AWS_CLIENTS = frozenset({"boto3.client", "boto3.resource"})
AWS_CLIENT_METHODS = frozenset({"client", "resource", "create_client"})
URLLIB3_POOLS = frozenset(
    {
        "urllib3.PoolManager",
        "urllib3.ProxyManager",
        "urllib3.HTTPSConnectionPool",
        "urllib3.connection_from_url",
        "urllib3.proxy_from_url",
        "urllib3.poolmanager.PoolManager",
        "urllib3.connectionpool.HTTPSConnectionPool",
    }
)


class TlsVerifyDisabled(UnlessOptedOut, Rule):
    meta = RuleMeta.of(
        id="NET101",
        clause="SG-4.1",
        title="TLS certificate verification disabled in an HTTP client",
        severity="high",
        confidence="high",
        cwe=[295],
        owasp="A07:2021-Identification and Authentication Failures",
        message="{name} turns off certificate verification; anyone on the path can read or alter traffic",
        rationale=(
            "Without certificate verification the client accepts any certificate, so an attacker on any "
            "network between the service and its peer can impersonate the peer, read the request (including "
            "credentials and clients' confidential or insider information) and change the response. Proxies "
            "and internal networks are not an exception: the company's network separation assumes that "
            "traffic crossing it is authenticated. A configured switch that can set verify to False "
            "(verify = False on some path, a conditional with a False branch) is reported too: one "
            "setting changed in production turns verification off unseen. Code that turns verification off "
            "only in a branch its caller opts into (`if not verify_ssl:` on a switch whose default verifies) "
            "is reported by NET109, which warns. AWS SDK clients (boto3.client, a session's client() or "
            "resource()) given verify=False are reported as HTTP clients are."
        ),
        remediation=(
            "Remove verify=False / ssl=False / cert_reqs='CERT_NONE' and keep the default verification. "
            "If the server uses an internal CA, pass its bundle instead: "
            "requests.get(url, verify='/path/ca.pem'), "
            "httpx.Client(verify=ssl.create_default_context(cafile='/path/ca.pem')), "
            "aiohttp.TCPConnector(ssl=ssl.create_default_context(cafile=...))."
        ),
        references=(
            "https://requests.readthedocs.io/en/latest/user/advanced/#ssl-cert-verification",
            "https://www.python-httpx.org/advanced/ssl/",
        ),
    )
    nodes = (cst.Call, cst.Assign)
    needles = (
        *("verify=False", "verify = False", "ssl=False", "ssl = False", "CERT_NONE"),
        re.compile(r"verify(?:_ssl)?\s*=\s*[A-Za-z_]"),  # verify=NAME: a constant that may be False
    )

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.Assign):
            # session.verify = False
            if len(node.targets) == 1 and _is_false(node.value):
                target = node.targets[0].target
                if isinstance(target, cst.Attribute) and target.attr.value in VERIFY_ATTRIBUTES:
                    ctx.report(node, self.meta.message.format(name=f"{ctx.code(target)} = False"))
            return
        assert isinstance(node, cst.Call)
        if not node.args:
            return
        func = node.func
        verify = _false_keyword(node, "verify") or _false_keyword(node, "verify_ssl")
        switched = verify or _switched_keyword(node, "verify", ctx) or _switched_keyword(node, "verify_ssl", ctx)
        if verify is None and switched is not None:
            name = ctx.qualname(func) or ""
            if name.startswith(CLIENT_MODULES) or name in AIOHTTP_SSL_CALLS:
                keyword = switched.keyword.value if switched.keyword is not None else "verify"
                shown = ctx.code(switched.value)
                label = f"{name}(..., {keyword}={shown}), where {shown} can be False,"
                ctx.report(switched, self.meta.message.format(name=label))
                return
        if verify is not None:
            name = ctx.qualname(func) or ""
            is_client = (
                name.startswith(CLIENT_MODULES) or name in AIOHTTP_SSL_CALLS | DOCKER_TLS or _aws_client(node, ctx)
            )
            method = func.attr.value if isinstance(func, cst.Attribute) else ""
            if is_client or method in REQUEST_METHODS or method in TOKEN_METHODS:
                keyword = verify.keyword.value if verify.keyword is not None else "verify"
                label = name or dotted(func) or ctx.code(func)
                message = self.meta.message.format(name=f"{label}(..., {keyword}=False)")
                if opted_out(ctx) is not None:  # removing it would make the caller's switch do nothing
                    ctx.report(verify, message)
                    return
                replacement = _without(node, verify)
                ctx.report(verify, message, replacement, f"remove {keyword}=False", node)
                return
        ssl_off = _false_keyword(node, "ssl")
        if ssl_off is not None:
            name = ctx.qualname(func) or ""
            aiohttp_method = (
                isinstance(func, cst.Attribute)
                and (func.attr.value in REQUEST_METHODS or func.attr.value == "ws_connect")
                and imports_module(ctx, "aiohttp")
            )
            if name in AIOHTTP_SSL_CALLS or aiohttp_method:
                ctx.report(ssl_off, self.meta.message.format(name=f"{name or dotted(func) or 'request'}(ssl=False)"))
            return
        cert_reqs = arg(node, "cert_reqs")
        if cert_reqs is not None and (ctx.qualname(func) or "") in URLLIB3_POOLS:
            value = cert_reqs.value
            text = string_text(value) if is_constant(value) else (ctx.qualname(value) or dotted(value) or "")
            if text in ("CERT_NONE", "NONE", "ssl.CERT_NONE", "ssl.VerifyMode.CERT_NONE"):
                ctx.report(cert_reqs, self.meta.message.format(name=f"{dotted(func)}(cert_reqs=CERT_NONE)"))

    flagged = """
        import aiohttp
        import httpx
        import requests
        import ssl
        import urllib3
        import requests as rq
        from requests import post

        def fetch(url, payload):
            a = requests.get(url, verify=False)  # expect
            b = rq.request("GET", url, timeout=5, verify=False)  # expect
            c = post(
                url,
                json=payload,
                verify=False,  # expect
            )
            return a, b, c

        def session_calls(url):
            session = requests.Session()
            session.verify = False  # expect
            client = httpx.Client(verify=False)  # expect
            return session.get(url, verify=False, timeout=10), client  # expect

        def platform_clients(kubernetes, docker):
            cfg = kubernetes.client.Configuration()
            cfg.verify_ssl = False  # expect
            import docker.tls
            return cfg, docker.tls.TLSConfig(client_cert=("cert.pem", "key.pem"), verify=False)  # expect

        async def aio(url):
            connector = aiohttp.TCPConnector(ssl=False)  # expect
            async with aiohttp.ClientSession(connector=connector) as session:
                async with session.get(url, ssl=False) as response:  # expect
                    return await response.text()

        def pools():
            one = urllib3.PoolManager(cert_reqs="CERT_NONE")  # expect
            two = urllib3.HTTPSConnectionPool("example.com", cert_reqs=ssl.CERT_NONE)  # expect
            return one, two

        def inner(url):
            import httpx as h
            return h.get(url, verify=False)  # expect

        def configured(url, settings):
            verify = settings.CA_BUNDLE
            if settings.SKIP_TLS_VERIFY:
                verify = False
            insecure = requests.get(url, verify=False if settings.LAB else True, timeout=10)  # expect
            return httpx.Client(base_url=url, verify=verify), insecure  # expect

        SANDBOX_TLS = False
        VERIFY_BY_STAGE = {"production": True, "sandbox": False}

        class SandboxClient:
            VERIFY = False

            def balance(self, url):
                return requests.get(url, verify=self.VERIFY, timeout=10)  # expect

        def sandbox(url):
            first = requests.get(url, verify=SANDBOX_TLS, timeout=10)  # expect
            second = requests.get(url, verify=VERIFY_BY_STAGE["sandbox"], timeout=10)  # expect
            return first, second

        import boto3

        def object_store(endpoint):
            s3 = boto3.client("s3", endpoint_url=endpoint, verify=False)  # expect
            session = boto3.session.Session(profile_name="lake")
            return s3, session.resource("s3", endpoint_url=endpoint, verify=False)  # expect

        from requests_oauthlib import OAuth2Session

        def sign_in(code, secret):
            idp = OAuth2Session("portal", redirect_uri="https://portal.example/callback")
            return idp.fetch_token("https://idp.example/token", code=code, client_secret=secret, verify=False)  # expect

        from authlib.integrations.httpx_client import AsyncOAuth2Client

        def partner_client(secret):
            return AsyncOAuth2Client("portal", secret, verify=False)  # expect
    """
    fixed: ClassVar[str | None] = """
        import aiohttp
        import httpx
        import requests
        import ssl
        import urllib3
        import requests as rq
        from requests import post

        def fetch(url, payload):
            a = requests.get(url)
            b = rq.request("GET", url, timeout=5)
            c = post(
                url,
                json=payload,
            )
            return a, b, c

        def session_calls(url):
            session = requests.Session()
            session.verify = False
            client = httpx.Client()
            return session.get(url, timeout=10), client

        def platform_clients(kubernetes, docker):
            cfg = kubernetes.client.Configuration()
            cfg.verify_ssl = False
            import docker.tls
            return cfg, docker.tls.TLSConfig(client_cert=("cert.pem", "key.pem"))

        async def aio(url):
            connector = aiohttp.TCPConnector(ssl=False)
            async with aiohttp.ClientSession(connector=connector) as session:
                async with session.get(url, ssl=False) as response:
                    return await response.text()

        def pools():
            one = urllib3.PoolManager(cert_reqs="CERT_NONE")
            two = urllib3.HTTPSConnectionPool("example.com", cert_reqs=ssl.CERT_NONE)
            return one, two

        def inner(url):
            import httpx as h
            return h.get(url)

        def configured(url, settings):
            verify = settings.CA_BUNDLE
            if settings.SKIP_TLS_VERIFY:
                verify = False
            insecure = requests.get(url, verify=False if settings.LAB else True, timeout=10)
            return httpx.Client(base_url=url, verify=verify), insecure

        SANDBOX_TLS = False
        VERIFY_BY_STAGE = {"production": True, "sandbox": False}

        class SandboxClient:
            VERIFY = False

            def balance(self, url):
                return requests.get(url, verify=self.VERIFY, timeout=10)

        def sandbox(url):
            first = requests.get(url, verify=SANDBOX_TLS, timeout=10)
            second = requests.get(url, verify=VERIFY_BY_STAGE["sandbox"], timeout=10)
            return first, second

        import boto3

        def object_store(endpoint):
            s3 = boto3.client("s3", endpoint_url=endpoint)
            session = boto3.session.Session(profile_name="lake")
            return s3, session.resource("s3", endpoint_url=endpoint)

        from requests_oauthlib import OAuth2Session

        def sign_in(code, secret):
            idp = OAuth2Session("portal", redirect_uri="https://portal.example/callback")
            return idp.fetch_token("https://idp.example/token", code=code, client_secret=secret)

        from authlib.integrations.httpx_client import AsyncOAuth2Client

        def partner_client(secret):
            return AsyncOAuth2Client("portal", secret)
    """
    safe = """
        import aiohttp
        import httpx
        import requests
        import ssl
        import urllib3

        CA_BUNDLE = "/etc/ssl/certs/internal-ca.pem"

        def fetch(url, settings):
            a = requests.get(url, verify=CA_BUNDLE, timeout=10)
            b = requests.post(url, verify=True, timeout=10)
            c = httpx.Client(verify=ssl.create_default_context(cafile=CA_BUNDLE))
            d = requests.get(url, verify=settings.verify_tls, timeout=10)
            urllib3.disable_warnings()
            pool = urllib3.PoolManager(cert_reqs="CERT_REQUIRED", ca_certs=CA_BUNDLE)
            return a, b, c, d, pool, settings.get("verify", False)

        def platform_clients(kubernetes):
            import docker.tls
            cfg = kubernetes.client.Configuration()
            cfg.verify_ssl = True
            return cfg, docker.tls.TLSConfig(client_cert=("cert.pem", "key.pem"), verify="/etc/docker/ca.pem")

        def bundled(url, settings, ca_bundle=None):
            verify = ca_bundle or True
            if settings.CA_BUNDLE:
                verify = settings.CA_BUNDLE
            chosen = requests.get(url, verify=CA_BUNDLE if ca_bundle is None else ca_bundle, timeout=10)
            return httpx.Client(base_url=url, verify=verify), chosen

        VERIFY_TLS = True
        VERIFY_BY_STAGE = {"production": True, "sandbox": False}

        class GatewayClient:
            VERIFY = CA_BUNDLE

            def balance(self, url):
                first = requests.get(url, verify=self.VERIFY, timeout=10)
                second = requests.get(url, verify=VERIFY_TLS, timeout=10)
                return first, second, requests.get(url, verify=VERIFY_BY_STAGE["production"], timeout=10)

        async def aio(url):
            context = ssl.create_default_context(cafile=CA_BUNDLE)
            async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(ssl=context)) as session:
                async with session.get(url) as response:
                    return await response.text()

        import boto3
        from botocore.config import Config

        def object_store(endpoint, settings):
            s3 = boto3.client("s3", endpoint_url=endpoint, verify=CA_BUNDLE, config=Config(retries={"max_attempts": 5}))
            minio = boto3.session.Session().client("s3", endpoint_url=endpoint, verify=settings.S3_CA_BUNDLE)
            return s3, minio

        from requests_oauthlib import OAuth2Session

        def sign_in(code, secret):
            idp = OAuth2Session("portal", redirect_uri="https://portal.example/callback")
            return idp.fetch_token("https://idp.example/token", code=code, client_secret=secret, verify=CA_BUNDLE)

        from authlib.integrations.httpx_client import AsyncOAuth2Client

        def partner_client(secret):
            return AsyncOAuth2Client("portal", secret, verify=CA_BUNDLE)
    """


def _aws_client(call: cst.Call, ctx: Context) -> bool:
    """boto3.client(...)/boto3.resource(...), or client()/resource() of a boto3 or botocore session."""
    if (ctx.qualname(call.func) or "") in AWS_CLIENTS:
        return True
    return (
        isinstance(call.func, cst.Attribute)
        and call.func.attr.value in AWS_CLIENT_METHODS
        and (imports_module(ctx, "boto3") or imports_module(ctx, "botocore"))
    )


class ClientVerificationSwitchedOff(WhereOptedOut, TlsVerifyDisabled):
    """NET101's findings in a branch that runs only when the caller switched verification off."""

    meta = RuleMeta.of(
        id="NET109",
        clause="SG-4.1",
        title="HTTP client verification can be switched off by an option",
        severity="medium",
        confidence="high",
        cwe=[295],
        owasp="A07:2021-Identification and Authentication Failures",
        message="{name} turns off certificate verification in a branch the caller's switch opts into",
        rationale=(
            "The code offers a switch whose default verifies the server (`verify_ssl=True`, "
            "`self.validate_certs`, `options.get('verify', True)`, `insecure=False`) and tells the HTTP client "
            "not to verify only in the branch its caller opts into. Whoever turns the switch off exposes "
            "that connection to an attacker in the middle, so the weakness is in that caller or "
            "configuration: this warns, so the switch is known and reviewed, where NET101 blocks a client "
            "told not to verify on the code's own decision."
        ),
        remediation=(
            "Keep the switch, and check that no caller or deployment turns it off; where a private CA is the "
            "reason, offer a CA bundle option (requests' verify='/path/ca.pem') instead of an off switch, "
            "and log a warning when verification is off."
        ),
        references=TlsVerifyDisabled.meta.references,
    )

    fixed = None  # no fix: removing verify=False would make the caller's switch do nothing

    flagged = """
        import requests

        def session(user=None, password=None, verify_ssl=True):
            session = requests.Session()
            if not verify_ssl:
                session.verify = False  # expect
            return session

        class Api:
            def get(self, url):
                if self.options.get("insecure", False):
                    return requests.get(url, verify=False, timeout=10)  # expect
                return requests.get(url, timeout=10)
    """
    safe = """
        import requests

        def session(verify_ssl=False):
            session = requests.Session()
            if not verify_ssl:  # off unless the caller asks for verification: NET101's
                return session
            return requests.get("https://api.internal", timeout=10)

        def fetch(url, verify_ssl=True):
            if verify_ssl:
                return requests.get(url, timeout=10)
            return requests.get(url, verify="/etc/ssl/certs/internal-ca.pem", timeout=10)
    """


def _is_false(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Name) and expr.value == "False"


def _may_be_false(expr: cst.BaseExpression) -> bool:
    """False, or a conditional expression one of whose branches is False."""
    if isinstance(expr, cst.IfExp):
        return _may_be_false(expr.body) or _may_be_false(expr.orelse)
    return _is_false(expr)


def _switched_keyword(call: cst.Call, keyword: str, ctx: Context) -> cst.Arg | None:
    """verify=(False if settings.insecure else CA) or verify=verify where the function assigns the name False
    on some path (`if not settings.VERIFY_TLS: verify = False`): a configured switch that can turn it off."""
    found = arg(call, keyword)
    if found is None:
        return None
    value = found.value
    if isinstance(value, cst.IfExp) and _may_be_false(value):
        return found
    assigned = assignments(ctx, value.value) if isinstance(value, cst.Name) and ctx.function is not None else []
    if any(a.value is not None and _may_be_false(a.value) for a in assigned):
        return found
    # verify=VERIFY_TLS, verify=self.VERIFY, verify=MODES["sandbox"]: a constant of the code that is False
    if isinstance(value, (cst.Name, cst.Attribute, cst.Subscript)) and not is_constant(value):
        return found if False in (fixed_values(value, ctx) or ()) else None
    return None


def _false_keyword(call: cst.Call, keyword: str) -> cst.Arg | None:
    found = arg(call, keyword)
    if found is not None and _is_false(found.value):
        return found
    return None


def _without(call: cst.Call, removed: cst.Arg) -> cst.Call:
    """The call without one argument, keeping the separators and line layout of the others."""
    args = list(call.args)
    index = next(i for i, a in enumerate(args) if a is removed)
    del args[index]
    if not args:
        return call.with_changes(args=(), whitespace_before_args=cst.SimpleWhitespace(""))
    if index == len(args):  # removed the last one: its predecessor takes over its (trailing) comma
        args[-1] = args[-1].with_changes(comma=removed.comma, whitespace_after_arg=removed.whitespace_after_arg)
    return call.with_changes(args=args)
