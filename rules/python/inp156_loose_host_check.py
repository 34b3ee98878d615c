"""URLs and hosts checked by substring, prefix or suffix, or by a pattern whose dots match any character."""

import re

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, module_constant, name_words

TLD = r"(?:com|org|net|edu|gov|mil|int|io|co|uk|de|fr|jp|ch|nl|eu|us|info|biz|dev|app|cloud|internal|local|corp)"
# a literal that is a host name, possibly after a scheme: example.com, https://www.example.com
HOST_LITERAL = re.compile(rf"^(?:[a-z][a-z0-9+.-]*://)?(?:[a-z0-9-]+\.)+{TLD}$", re.I)
# an unescaped dot before a top-level domain in a pattern: (www|beta).example.com matches wwwXexampleYcom
LOOSE_DOT = re.compile(rf"(?<![\\\[])(?<=[a-z0-9)])\.{TLD}\b", re.I)
REGEX_CALLS = tuple(f"re.{f}" for f in ("compile", "match", "search", "fullmatch"))
URL_WORDS = frozenset(
    {
        "url",
        "uri",
        "link",
        "href",
        "host",
        "hostname",
        "domain",
        "netloc",
        "target",
        "redirect",
        "next",
        "referer",
        "referrer",
        "origin",
        "location",
        "dest",
        "destination",
        "callback",
        "return",
        "endpoint",
        "site",
    }
)


class LooseHostCheck(Rule):
    meta = RuleMeta.of(
        id="INP156",
        clause="SG-5.9",
        title="URL or host checked by substring or a loose pattern",
        severity="medium",
        confidence="medium",
        cwe=[20],
        owasp="A01:2021-Broken Access Control",
        message="{check} {accepts}; compare the parsed host with an allow-list",
        rationale=(
            "A host allow-list is only as good as its comparison. 'example.com' in url also holds for "
            "https://example.com.evil.net and https://evil.net/?example.com; url.startswith('https://example.com') "
            "for https://example.com.evil.net; host.endswith('example.com') for evilexample.com; and the "
            "pattern www.example.com, whose dots match any character, for wwwXexample.com. Redirects and "
            "server-side requests guarded this way go wherever an attacker registers a look-alike name."
        ),
        remediation=(
            "Parse the URL and compare the exact host: host = urllib.parse.urlsplit(url).hostname; "
            "if host in {'example.com', 'www.example.com'} or host.endswith('.example.com'): ... "
            "For patterns, escape the dots and anchor both ends: re.fullmatch(r'(www|beta)\\.example\\.com', host)."
        ),
        references=(
            "https://cheatsheetseries.owasp.org/cheatsheets/Unvalidated_Redirects_and_Forwards_Cheat_Sheet.html",
            "https://docs.python.org/3/library/urllib.parse.html#urllib.parse.urlsplit",
        ),
    )
    calls = REGEX_CALLS
    nodes = (cst.Comparison, cst.Call)
    # a host name ending inside a string literal: "example.com", "https://example.com/", "(www|beta).example.com$"
    needles = (re.compile(rf"""["'][^"'\n]*\w\.{TLD}(?=[/"'$:\\)?|])"""),)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.Comparison):
            # "example.com" in url
            if len(node.comparisons) != 1 or not isinstance(node.comparisons[0].operator, cst.In):
                return
            host = _host(node.left, ctx)
            subject = node.comparisons[0].comparator
            if host and _about_urls(subject):
                ctx.report(node, self.meta.message.format(check=ctx.code(node), accepts=f"holds for {host}.evil.net"))
            return
        if not (isinstance(node, cst.Call) and isinstance(node.func, cst.Attribute) and len(node.args) == 1):
            return
        method = node.func.attr.value
        if method not in ("startswith", "endswith", "find", "index") or not _about_urls(node.func.value):
            return
        host = _host(node.args[0].value, ctx)
        if not host:
            return
        if method == "startswith" and "://" in host:  # no path after the host: the name can go on
            ctx.report(node, self.meta.message.format(check=ctx.code(node), accepts=f"holds for {host}.evil.net"))
        elif method == "endswith" and not host.startswith("."):
            bare = host.split("://")[-1]
            ctx.report(node, self.meta.message.format(check=ctx.code(node), accepts=f"holds for evil{bare}"))
        elif method in ("find", "index"):
            ctx.report(node, self.meta.message.format(check=ctx.code(node), accepts=f"finds {host}.evil.net"))

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        pattern = arg(call, "pattern", 0)
        text = module_constant(ctx, pattern.value) if pattern is not None else None
        if not isinstance(text, str):
            return
        loose = LOOSE_DOT.search(text)
        if loose:
            shown = text.replace(loose.group(0), "X" + loose.group(0)[1:], 1)
            accepts = f"lets '.' match any character: it accepts {shown!r}"
            ctx.report(call, self.meta.message.format(check=f"The pattern {text!r}", accepts=accepts))

    flagged = """
        import re
        from urllib.parse import urlparse
        from flask import redirect, request

        TRUSTED = re.compile(r"^https://(www|beta).example.com/")  # expect

        def follow():
            target = request.args.get("next", "/")
            if "example.com" in target:  # expect
                return redirect(target)
            if target.startswith("https://example.com"):  # expect
                return redirect(target)
            if urlparse(target).netloc.endswith("example.com"):  # expect
                return redirect(target)
            return redirect("/")

        def fetch(url):
            if re.match("https://api.partner.io/", url):  # expect
                return url
    """
    safe = """
        import re
        from urllib.parse import urlsplit
        from flask import redirect, request

        ALLOWED = {"example.com", "www.example.com"}
        PATTERN = re.compile(r"^https://(www|beta)\\.example\\.com/")

        def follow():
            target = request.args.get("next", "/")
            host = urlsplit(target).hostname or ""
            if host in ALLOWED or host.endswith(".example.com"):
                return redirect(target)
            if target.startswith("https://example.com/"):
                return redirect(target)
            return redirect("/")

        def notify(address):
            if "example.com" in address:
                return address.lower()
            return re.sub(r"\\s+", " ", "setup.py and config.json")
    """


def _host(expr: cst.BaseExpression, ctx: Context) -> str | None:
    text = module_constant(ctx, expr)
    return text if isinstance(text, str) and HOST_LITERAL.match(text) else None


def _about_urls(expr: cst.BaseExpression) -> bool:
    """A value whose name says it holds a URL or host: target, next_url, parsed.netloc, request.referrer."""
    while isinstance(expr, cst.Call) and isinstance(expr.func, cst.Attribute):  # url.lower()
        expr = expr.func.value
    if isinstance(expr, cst.Attribute):
        name = expr.attr.value
    elif isinstance(expr, cst.Name):
        name = expr.value
    else:
        return False
    return any(word in URL_WORDS for word in name_words(name))
