"""A link in an e-mail (password reset, sign-in, invitation) built on the host the request names."""

import re
from collections.abc import Sequence

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    Shape,
    arg,
    assignments,
    constant_value,
    imports_module,
    iter_nodes,
)

# Flask's (Werkzeug's) request: these are built from the Host header (X-Forwarded-Host behind ProxyFix), which
# Werkzeug checks only against trusted_hosts (Flask's TRUSTED_HOSTS), unset by default
REQUESTS = frozenset({"flask.request", "quart.request"})
HOST_ATTRIBUTES = frozenset({"host", "host_url", "url_root", "root_url"})
# the raw header, in any framework: headers["Host"], META["HTTP_HOST"], environ["HTTP_X_FORWARDED_HOST"]
HOLDERS = frozenset({"headers", "META", "environ"})
HOST_KEYS = frozenset({"host", "http_host", "x-forwarded-host", "http_x_forwarded_host", "x_forwarded_host"})
# the text of a mail: call -> (positions, keywords) of the arguments that become its body
MAIL_CALLS: dict[str, tuple[tuple[int, ...], tuple[str, ...]]] = {
    "django.core.mail.send_mail": ((1,), ("message", "html_message")),
    "django.core.mail.EmailMessage": ((1,), ("body",)),
    "django.core.mail.message.EmailMessage": ((1,), ("body",)),
    "django.core.mail.EmailMultiAlternatives": ((1,), ("body",)),
    "django.core.mail.message.EmailMultiAlternatives": ((1,), ("body",)),
    "flask_mail.Message": ((2, 3), ("body", "html")),
    "email.mime.text.MIMEText": ((0,), ("_text",)),
}
# methods of a message or a mailer, on a receiver the file's mail library makes: method -> (library, arguments)
MAIL_METHODS: dict[str, tuple[str, tuple[int, ...], tuple[str, ...]]] = {
    "set_content": ("email", (0,), ()),
    "add_alternative": ("email", (0,), ()),
    "attach_alternative": ("django", (0,), ("content",)),
    "sendmail": ("smtplib", (2,), ("msg",)),
    "send_message": ("flask_mail", (), ("body", "html")),
}
MESSAGE_FIELDS = ("body", "html")
# calls whose result is text holding their arguments
TEXT_METHODS = frozenset({"format", "format_map", "join", "replace", "render", "substitute", "safe_substitute"})
TEXT_FUNCTIONS = frozenset(
    {"str", "urljoin", "render_template", "render_template_string", "render_to_string", "format_html", "mark_safe"}
)  # Flask-Mail: msg.body = ..., msg.html = ...
DEPTH = 6


class MailLinkFromHostHeader(Rule):
    meta = RuleMeta.of(
        id="ACC158",
        clause="SG-1.2",
        title="E-mailed link built on the request's Host header",
        severity="high",
        confidence="medium",
        cwe=[640],
        owasp="A07:2021-Identification and Authentication Failures",
        message="the e-mail's text holds a link built on {what}, which the sender of the request chooses: a "
        "reset or sign-in link sent to a victim then points to the attacker's host and hands over its token",
        rationale=(
            "The Host header (and X-Forwarded-Host behind a proxy) is written by whoever sends the request. "
            "Flask's request.host, host_url and url_root are built from it unchecked unless TRUSTED_HOSTS is "
            "set, and the raw header is unchecked in every framework. An attacker who asks for a password reset, "
            "a magic sign-in link or an invitation for a victim's address with Host: evil.example gets the "
            "victim a genuine mail from the company whose link leads to evil.example/reset/<token>; one click "
            "(or a mail scanner fetching the link) gives the attacker the token and the account "
            "(password-reset poisoning). Django's request.get_host() and build_absolute_uri() check the host "
            "against ALLOWED_HOSTS and are not reported; nor is Flask's url_for(..., _external=True), which uses "
            "SERVER_NAME when it is set (set it in production, or the request's host is used)."
        ),
        remediation=(
            "Build links in mails from the site's configured address: settings.SITE_URL, "
            "app.config['BASE_URL'], or url_for(..., _external=True) with SERVER_NAME set; in Django use "
            "request.build_absolute_uri() or get_current_site(), which the ALLOWED_HOSTS check covers. On "
            "Flask 3.1 or later, also set TRUSTED_HOSTS."
        ),
        references=(
            "https://docs.djangoproject.com/en/stable/topics/security/#host-header-validation",
            "https://flask.palletsprojects.com/en/stable/config/#TRUSTED_HOSTS",
            "https://cwe.mitre.org/data/definitions/640.html",
        ),
    )
    nodes = (cst.Call, cst.Assign)
    needles = (
        re.compile(
            r"host_url|url_root|root_url|HTTP_HOST|HTTP_X_FORWARDED_HOST|(?i:[\"'](?:x-forwarded-)?host[\"'])|\.host\b"
        ),
    )
    shape = Shape(
        names=(
            "send_mail",
            "EmailMessage",
            "EmailMultiAlternatives",
            "Message",
            "MIMEText",
            *MAIL_METHODS,
            *MESSAGE_FIELDS,
        )
    )

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if ctx.function is None:
            return
        texts: list[cst.BaseExpression] = []
        if isinstance(node, cst.Call):
            texts = _mail_texts(node, ctx)
        elif isinstance(node, cst.Assign) and imports_module(ctx, "flask_mail"):
            for target in node.targets:
                t = target.target
                if isinstance(t, cst.Attribute) and t.attr.value in MESSAGE_FIELDS:
                    texts.append(node.value)
        for text in texts:
            what = _host_read(text, ctx, ctx.function, 0, set())
            if what is not None:
                ctx.report(node, self.meta.message.format(what=what))
                return

    flagged = """
        import smtplib
        from email.message import EmailMessage

        from django.core.mail import send_mail
        from flask import render_template, request
        from flask_mail import Message

        def reset_link(token):
            return f"{request.host_url}reset/{token}"

        def forgot(mail, user, token):
            link = request.url_root.rstrip("/") + "/reset/" + token
            mail.send(Message("Reset your password", recipients=[user.email], body=f"Open {link}"))  # expect

        def forgot_html(mail, user, token):
            msg = Message("Reset your password", recipients=[user.email])
            msg.html = render_template("reset.html", link=reset_link(token))  # expect
            mail.send(msg)

        def magic_link(request, user, token):
            link = "https://%s/login/%s" % (request.META["HTTP_HOST"], token)
            send_mail("Sign in", "Your link: " + link, "noreply@portal.example", [user.email])  # expect

        def invite(server, address, code):
            message = EmailMessage()
            host = request.headers.get("X-Forwarded-Host") or "portal.example"
            message.set_content("Join us: https://{}/invite/{}".format(host, code))  # expect
            server.send_message(message)
    """
    safe = """
        from django.conf import settings
        from django.core.mail import send_mail
        from flask import current_app, request, url_for
        from flask_mail import Message

        def forgot(mail, user, token):
            link = current_app.config["BASE_URL"] + "/reset/" + token
            mail.send(Message("Reset your password", recipients=[user.email], body=f"Open {link}"))

        def forgot_external(mail, user, token):
            link = url_for("reset", token=token, _external=True)
            mail.send(Message("Reset your password", recipients=[user.email], body=f"Open {link}"))

        # Django checks get_host() and build_absolute_uri() against ALLOWED_HOSTS
        def magic_link(request, user, token):
            link = request.build_absolute_uri(f"/login/{token}")
            body = f"Your link: {link} (asked from {request.get_host()})"
            send_mail("Sign in", body, "noreply@portal.example", [user.email])

        # the tenant the host picked: its domain is the database's, one of the sites set up
        def tenant_invite(request, tenants, user, code):
            tenant = tenants.get(domain=request.META["HTTP_HOST"])
            send_mail("Join", f"https://{tenant.domain}/invite/{code}", "noreply@portal.example", [user.email])

        def configured(user, token):
            send_mail("Sign in", f"{settings.SITE_URL}/login/{token}", "noreply@portal.example", [user.email])

        # the host named in a mail to staff, not as a link the reader follows: still the client's text, but no
        # token goes with it
        def report(mail, token):
            mail.send(Message("Reset asked", recipients=["security@portal.example"], body=f"token {token[:4]}..."))
    """


def _mail_texts(call: cst.Call, ctx: Context) -> list[cst.BaseExpression]:
    """The arguments of a mail call that become the text of the mail."""
    name = ctx.qualname(call.func)
    spec = MAIL_CALLS.get(name) if name is not None else None
    if spec is None and isinstance(call.func, cst.Attribute) and call.func.attr.value in MAIL_METHODS:
        library, positions, keywords = MAIL_METHODS[call.func.attr.value]
        spec = (positions, keywords) if imports_module(ctx, library) else None
    if spec is None:
        return []
    positions, keywords = spec
    found = [arg(call, position=p) for p in positions] + [arg(call, keyword=k) for k in keywords]
    return [a.value for a in found if a is not None]


def _host_read(
    expr: cst.BaseExpression, ctx: Context, scope: cst.FunctionDef, depth: int, seen: set[tuple[int, str]]
) -> str | None:
    """What read of the request's host a value is built from, in the function (through the names it binds
    and string building, the calls a value is passed to, and a function of the module it calls), or None."""
    if depth > DEPTH:
        return None
    if isinstance(expr, cst.Attribute):
        if expr.attr.value in HOST_ATTRIBUTES and ctx.qualname(expr.value) in REQUESTS:
            return f"request.{expr.attr.value}"
        return None  # a field of an object (tenant.domain of the tenant a host picked) is the object's
    if isinstance(expr, cst.Subscript):
        key = _key(expr)
        if key is not None:
            return key
        return _host_read(expr.value, ctx, scope, depth + 1, seen)
    if isinstance(expr, cst.Name):
        if (id(scope), expr.value) in seen:
            return None
        seen.add((id(scope), expr.value))
        for assignment in assignments(ctx, expr.value, scope):
            if assignment.value is not None:
                found = _host_read(assignment.value, ctx, scope, depth + 1, seen)
                if found is not None:
                    return found
        return None
    if isinstance(expr, cst.Call):
        got = _header_get(expr)
        if got is not None:
            return got
        func = expr.func
        # text made of its arguments ("{}/reset".format(host), urljoin(host, path), a rendered template), or of
        # the string a method is called on (host_url.rstrip("/")); what another call returns is its own value
        # (Tenant.objects.get(domain=host))
        parts: list[cst.BaseExpression] = []
        if isinstance(func, cst.Attribute):
            parts.append(func.value)
            if func.attr.value in TEXT_METHODS:
                parts += [a.value for a in expr.args]
        elif (ctx.qualname(func) or ctx.code(func)).rsplit(".", 1)[-1] in TEXT_FUNCTIONS:
            parts += [a.value for a in expr.args]
        found = _first(parts, ctx, scope, depth, seen)
        if found is None and isinstance(expr.func, cst.Name):
            helper = _helper(expr.func.value, ctx)
            if helper is not None:
                returns = [r.value for r in iter_nodes(helper, cst.Return) if r.value is not None]
                found = _first(returns, ctx, helper, depth, seen)
        return found
    if isinstance(expr, cst.FormattedString):
        return _first(
            [p.expression for p in expr.parts if isinstance(p, cst.FormattedStringExpression)], ctx, scope, depth, seen
        )
    if isinstance(expr, (cst.BinaryOperation, cst.BooleanOperation)):
        return _first([expr.left, expr.right], ctx, scope, depth, seen)
    if isinstance(expr, (cst.Tuple, cst.List, cst.Set)):
        return _first([e.value for e in expr.elements], ctx, scope, depth, seen)
    if isinstance(expr, cst.Dict):
        return _first([e.value for e in expr.elements if isinstance(e, cst.DictElement)], ctx, scope, depth, seen)
    if isinstance(expr, cst.IfExp):
        return _first([expr.body, expr.orelse], ctx, scope, depth, seen)
    return None


def _first(
    parts: Sequence[cst.BaseExpression],
    ctx: Context,
    scope: cst.FunctionDef,
    depth: int,
    seen: set[tuple[int, str]],
) -> str | None:
    for part in parts:
        found = _host_read(part, ctx, scope, depth + 1, seen)
        if found is not None:
            return found
    return None


def _key(expr: cst.Subscript) -> str | None:
    """`headers["Host"]`, `META["HTTP_HOST"]`, `environ["HTTP_X_FORWARDED_HOST"]`."""
    holder = expr.value
    if not isinstance(holder, cst.Attribute) or holder.attr.value not in HOLDERS or len(expr.slice) != 1:
        return None
    index = expr.slice[0].slice
    key = constant_value(index.value) if isinstance(index, cst.Index) else None
    return f'{holder.attr.value}["{key}"]' if isinstance(key, str) and key.lower() in HOST_KEYS else None


def _header_get(call: cst.Call) -> str | None:
    """`request.headers.get("Host")`, `request.META.get("HTTP_HOST", "")`."""
    func = call.func
    if not isinstance(func, cst.Attribute) or func.attr.value != "get" or not call.args:
        return None
    holder = func.value
    if not isinstance(holder, cst.Attribute) or holder.attr.value not in HOLDERS:
        return None
    key = constant_value(call.args[0].value)
    return f'{holder.attr.value}["{key}"]' if isinstance(key, str) and key.lower() in HOST_KEYS else None


def _helper(name: str, ctx: Context) -> cst.FunctionDef | None:
    """The module's function `name` (what it returns is built in its own scope; its parameters stand for
    nothing here)."""
    functions = [s for s in ctx.module.body if isinstance(s, cst.FunctionDef) and s.name.value == name]
    return functions[0] if len(functions) == 1 else None
