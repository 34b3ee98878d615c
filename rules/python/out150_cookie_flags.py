"""Cookies set without Secure or HttpOnly, and settings that switch those flags off (SameSite: OUT151)."""

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    arg,
    constant_value,
    has_star_args,
    imports_module,
    is_constant,
    is_settings_module,
)
from guidelint.cst.children import children, descendants
from guidelint.cst.web import config_pairs, deletes_cookie, is_app_config, setting_key

# cookie flag -> the keyword names frameworks use for it
FLAGS = {
    "Secure": ("secure",),
    "HttpOnly": ("httponly", "http_only"),
}
COOKIE_METHODS = ("set_cookie", "set_signed_cookie")
# Pyramid's auth ticket cookies: Secure and HttpOnly are off unless asked for
AUTH_TICKET = (
    "pyramid.authentication.AuthTktCookieHelper",
    "pyramid.authentication.AuthTktAuthenticationPolicy",
)
# settings (Django module settings, Flask app.config keys) that turn a flag off when set to False/None
FLAG_SETTINGS = {
    "SESSION_COOKIE_SECURE": "Secure",
    "CSRF_COOKIE_SECURE": "Secure",
    "REMEMBER_COOKIE_SECURE": "Secure",
    "SESSION_COOKIE_HTTPONLY": "HttpOnly",
    "REMEMBER_COOKIE_HTTPONLY": "HttpOnly",
}
CONFIG_METHODS = ("update", "from_mapping")
# a Set-Cookie header written by hand: ("Set-Cookie", value) of a header list, send_header("Set-Cookie", value),
# headers["Set-Cookie"] = value; and the output of a http.cookies morsel the function makes
SET_COOKIE = "set-cookie"
HEADER_METHODS = ("send_header", "add_header", "set_header", "append_header", "add", "append", "setdefault")
COOKIE_JARS = ("http.cookies.SimpleCookie", "http.cookies.BaseCookie", "Cookie.SimpleCookie")
MORSEL_OUTPUTS = ("output", "OutputString", "js_output")


class CookieFlags(Rule):
    meta = RuleMeta.of(
        id="OUT150",
        clause="SG-6.3",
        title="Cookie without Secure or HttpOnly",
        severity="medium",
        confidence="medium",
        cwe=[614, 319, 1004],  # 614 is the cookie case of cleartext transmission (319)
        owasp="A05:2021-Security Misconfiguration",
        message="{name} sets a cookie without {flags}",
        rationale=(
            "A cookie without Secure is also sent over plain http, where anyone on the path reads it; "
            "without HttpOnly, script injected into any page of the site can read it. A session or identity "
            "cookie taken this way is replayed by the attacker: it bypasses ID management and opens the staff "
            "member's access to clients' confidential and pre-disclosure insider information."
        ),
        remediation=(
            "Set the flags: response.set_cookie(name, value, secure=True, httponly=True, samesite='Lax'); "
            "in Django settings keep SESSION_COOKIE_SECURE = True, CSRF_COOKIE_SECURE = True and "
            "SESSION_COOKIE_HTTPONLY = True; in Flask set SESSION_COOKIE_SECURE = True; give Pyramid's "
            "AuthTktAuthenticationPolicy secure=True and httponly=True. A cookie that must be read by "
            "script (httponly=False) carries no session or identity, and says why in a suppression."
        ),
        references=(
            "https://owasp.org/www-community/controls/SecureCookieAttribute",
            "https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-secure",
            "https://flask.palletsprojects.com/en/stable/security/#set-cookie-options",
        ),
    )
    calls = AUTH_TICKET
    nodes = (cst.Call, cst.Assign, cst.Tuple)
    needles = (
        "set_cookie",
        "set_signed_cookie",
        "AuthTkt",
        "COOKIE_SECURE",
        "COOKIE_HTTPONLY",
        "Set-Cookie",
        "set-cookie",
        "SimpleCookie",
    )

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if has_star_args(call):
            return
        missing = [flag for flag in FLAGS if _flag(call, flag) in (None, False)]
        if missing:
            ctx.report(call, self.meta.message.format(name=f"{name.rsplit('.', 1)[-1]}()", flags=_join(missing)))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        header = _set_cookie_value(node)
        if header is not None:
            self._check_header(node, header, ctx)
        if isinstance(node, cst.Assign):
            self._check_setting(node, ctx)
            return
        if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute):
            return
        method = node.func.attr.value
        if method in MORSEL_OUTPUTS:
            self._check_morsel(node, node.func.value, ctx)
            return
        if method in CONFIG_METHODS and is_app_config(node.func.value):
            self._check_config_call(node, method, ctx)
            return
        if method not in COOKIE_METHODS or has_star_args(node) or deletes_cookie(node):
            return
        if arg(node, "value", 1) is None:
            return  # cookiejar.set_cookie(cookie): a client-side jar, not a response header
        # Falcon sets Secure and HttpOnly unless told otherwise: only an explicit False counts there
        unset_is_off = not imports_module(ctx, "falcon")
        missing = [flag for flag in FLAGS if _flag(node, flag) is False or (unset_is_off and _flag(node, flag) is None)]
        if missing:
            ctx.report(node, self.meta.message.format(name=f"{method}()", flags=_join(missing)))

    def _check_header(self, node: cst.CSTNode, value: cst.BaseExpression, ctx: Context) -> None:
        """A Set-Cookie header whose text the code writes (a literal, an f-string, `%` or `.format` of one, or
        a name the function binds to such text once): the attributes it names. Text not written here is
        not judged."""
        if type(value) is cst.Name:
            bound = _bound_once(ctx, value.value)
            if bound is None:
                return
            value = bound
        if is_constant(value):
            return  # a fixed cookie ("theme=dark", a test's "a=b"): no session or identity of a client
        text = _written_text(value)
        if text is None or "=" not in text or any(gone in text.lower() for gone in ("max-age=0", "1970")):
            return  # no cookie pair written here, or one the header deletes
        attributes = {part.strip().split("=")[0].strip().lower() for part in text.split(";")}
        missing = [flag for flag in FLAGS if flag.lower() not in attributes]
        if missing:
            ctx.report(node, self.meta.message.format(name="a Set-Cookie header", flags=_join(missing)))

    def _check_morsel(self, call: cst.Call, receiver: cst.BaseExpression, ctx: Context) -> None:
        """`cookie["sid"].OutputString()` (or `cookie.output()`) of a SimpleCookie the function makes, whose
        morsels it never gives `secure` and `httponly`."""
        root = receiver.value if type(receiver) is cst.Subscript else receiver
        if type(root) is not cst.Name:
            return
        made = _bound_once(ctx, root.value)
        if type(made) is not cst.Call or ctx.qualname(made.func) not in COOKIE_JARS or made.args:
            return  # SimpleCookie(header): the request's cookies, read
        fn = ctx.function
        set_flags = _morsel_flags(fn, root.value) if fn is not None else set()
        missing = [flag for flag in FLAGS if flag.lower() not in set_flags]
        if missing:
            ctx.report(call, self.meta.message.format(name="a SimpleCookie's output", flags=_join(missing)))

    def _check_setting(self, node: cst.Assign, ctx: Context) -> None:
        for target in node.targets:
            key = setting_key(target.target, ctx, FLAG_SETTINGS)
            if key is None:
                continue
            if isinstance(target.target, cst.Name) and not is_settings_module(ctx):
                continue
            if _switches_off(key, node.value):
                name = f"{key} = {ctx.code(node.value)}"
                ctx.report(node, self.meta.message.format(name=name, flags=FLAG_SETTINGS[key]))

    def _check_config_call(self, call: cst.Call, method: str, ctx: Context) -> None:
        for key, value, where in config_pairs(call):
            if key in FLAG_SETTINGS and _switches_off(key, value):
                name = f"config.{method}({key}={ctx.code(value)})"
                ctx.report(where, self.meta.message.format(name=name, flags=FLAG_SETTINGS[key]))

    flagged = """
        from http.cookies import SimpleCookie
        from http.server import BaseHTTPRequestHandler

        from flask import Flask, make_response
        from pyramid.authentication import AuthTktAuthenticationPolicy

        INSTALLED_APPS = ["django.contrib.sessions", "portal"]
        SESSION_COOKIE_SECURE = False  # expect
        SESSION_COOKIE_SAMESITE = None
        CSRF_COOKIE_SECURE = False  # expect

        app = Flask(__name__)
        app.config["SESSION_COOKIE_HTTPONLY"] = False  # expect

        def login(user, token):
            response = make_response("welcome")
            response.set_cookie("session", token)  # expect
            response.set_cookie("remember", user.remember_token, secure=True)  # expect
            response.set_cookie(  # expect
                "desk",
                user.desk,
                secure=False,
                httponly=True,
                samesite="Lax",
            )
            return response

        def includeme(config, secret):
            policy = AuthTktAuthenticationPolicy(secret, hashalg="sha512")  # expect
            config.set_authentication_policy(policy)

        def application(environ, start_response):
            sid = new_session_id()
            start_response("200 OK", [("Set-Cookie", "sid=%s; Path=/" % sid)])  # expect
            return [b"welcome"]

        class Login(BaseHTTPRequestHandler):
            def do_POST(self):
                self.send_header("Set-Cookie", f"sid={new_session_id()}; Path=/; Secure")  # expect
                cookie = SimpleCookie()
                cookie["remember"] = new_session_id()
                cookie["remember"]["secure"] = True
                self.send_header("Set-Cookie", cookie["remember"].OutputString())  # expect
    """
    safe = """
        from http.cookies import SimpleCookie
        from http.server import BaseHTTPRequestHandler

        from django.conf import settings
        from flask import Flask, make_response
        from pyramid.authentication import AuthTktAuthenticationPolicy

        INSTALLED_APPS = ["django.contrib.sessions", "portal"]
        SESSION_COOKIE_SECURE = True
        SESSION_COOKIE_SAMESITE = "Lax"
        CSRF_COOKIE_SECURE = True

        app = Flask(__name__)
        app.config["SESSION_COOKIE_HTTPONLY"] = True
        app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_SAMESITE="Strict")

        def login(user, token, cookie_options, jar, cookie):
            response = make_response("welcome")
            response.set_cookie("session", token, secure=True, httponly=True, samesite="Strict")
            response.set_cookie(
                "remember",
                user.remember_token,
                secure=settings.SESSION_COOKIE_SECURE,
                httponly=True,
                samesite=settings.SESSION_COOKIE_SAMESITE,
            )
            response.set_cookie("desk", user.desk, **cookie_options)
            response.set_cookie("session", "", max_age=0)
            jar.set_cookie(cookie)
            return response

        def includeme(config, secret):
            policy = AuthTktAuthenticationPolicy(secret, secure=True, httponly=True, hashalg="sha512")
            config.set_authentication_policy(policy)

        class SessionResource:
            def on_post(self, req, resp):
                import falcon  # Falcon's set_cookie defaults to secure=True, http_only=True
                resp.set_cookie("session", new_session(req), same_site="Lax")

        def application(environ, start_response):
            sid = new_session_id()
            header = "sid=%s; Path=/; Secure; HttpOnly; SameSite=Lax" % sid
            theme = SimpleCookie(environ.get("HTTP_COOKIE", ""))["theme"].value
            start_response("200 OK", [("Set-Cookie", header), ("Set-Cookie", "old=; Max-Age=0; Path=/")])
            return [theme.encode()]

        class Login(BaseHTTPRequestHandler):
            def do_POST(self):
                self.send_header("Set-Cookie", f"sid={new_session_id()}; Path=/; Secure; HttpOnly")
                cookie = SimpleCookie()
                cookie["remember"] = new_session_id()
                cookie["remember"]["secure"] = True
                cookie["remember"]["httponly"] = True
                self.send_header("Set-Cookie", cookie["remember"].OutputString())
    """


def _flag(call: cst.Call, flag: str) -> bool | None:
    """True/False when the flag is passed as a literal (None/"" count as False), None when it is not passed,
    True when it is passed as anything else (a setting, a variable)."""
    for keyword in FLAGS[flag]:
        found = arg(call, keyword)
        if found is None:
            continue
        return bool(constant_value(found.value)) if is_constant(found.value) else True
    return None


def _switches_off(key: str, value: cst.BaseExpression) -> bool:
    return is_constant(value) and constant_value(value) is False


def _join(flags: list[str]) -> str:
    return flags[0] if len(flags) == 1 else ", ".join(flags[:-1]) + " and " + flags[-1]


def _set_cookie_value(node: cst.CSTNode) -> cst.BaseExpression | None:
    """The value of a Set-Cookie header the node writes: ("Set-Cookie", v), x.send_header("Set-Cookie", v),
    headers["Set-Cookie"] = v."""
    if type(node) is cst.Tuple and len(node.elements) == 2 and _names_set_cookie(node.elements[0].value):
        return node.elements[1].value
    if type(node) is cst.Call and type(node.func) is cst.Attribute and node.func.attr.value in HEADER_METHODS:
        given = [a.value for a in node.args if a.keyword is None and not a.star]
        if len(given) == 2 and _names_set_cookie(given[0]):
            return given[1]
    if type(node) is cst.Assign and type(target := node.targets[0].target) is cst.Subscript:
        key = target.slice[0].slice if len(target.slice) == 1 else None
        if type(key) is cst.Index and _names_set_cookie(key.value):
            return node.value
    return None


def _names_set_cookie(expr: cst.BaseExpression) -> bool:
    return is_constant(expr) and str(constant_value(expr)).lower() == SET_COOKIE


def _written_text(expr: cst.BaseExpression) -> str | None:
    """The text the code writes of a string it builds (literals, f-string text, the template of `%` or
    `.format`, the literal operands of `+`), the values left out; None when none of it is written here."""
    if type(expr) is cst.SimpleString or type(expr) is cst.ConcatenatedString:
        value = constant_value(expr)
        return value if isinstance(value, str) else None
    if type(expr) is cst.FormattedString:
        return "".join(p.value if type(p) is cst.FormattedStringText else "" for p in expr.parts)
    if type(expr) is cst.BinaryOperation and type(expr.operator) is cst.Modulo:
        return _written_text(expr.left)
    if type(expr) is cst.BinaryOperation and type(expr.operator) is cst.Add:
        parts = [_written_text(expr.left), _written_text(expr.right)]
        return None if parts == [None, None] else "".join(p or "" for p in parts)
    if type(expr) is cst.Call and type(expr.func) is cst.Attribute and expr.func.attr.value == "format":
        return _written_text(expr.func.value)
    return None


def _bound_once(ctx: Context, name: str) -> cst.BaseExpression | None:
    """What the enclosing function assigns to `name`, when it binds it once, by a plain assignment (a name also
    extended by `+=`, bound in a loop or by `with`, is not known)."""
    fn = ctx.function
    if fn is None:
        return None
    bound: list[cst.BaseExpression | None] = []
    for node in descendants(fn):
        if type(node) is cst.Assign and any(
            type(t.target) is cst.Name and t.target.value == name for t in node.targets
        ):
            bound.append(node.value)
        elif type(node) in (cst.AugAssign, cst.AnnAssign, cst.For, cst.AsName, cst.NamedExpr) and any(
            type(n) is cst.Name and n.value == name for n in children(node)[:1]
        ):
            bound.append(None)
    return bound[0] if len(bound) == 1 else None


def _morsel_flags(fn: cst.FunctionDef, jar: str) -> set[str]:
    """The attributes the function switches on in a morsel of the cookie jar `jar`: jar["sid"]["secure"] = True
    (a false constant switches none on)."""
    found = set()
    for node in descendants(fn):
        if type(node) is not cst.Assign or type(target := node.targets[0].target) is not cst.Subscript:
            continue
        morsel, key = target.value, target.slice[0].slice
        if type(morsel) is not cst.Subscript or type(morsel.value) is not cst.Name or morsel.value.value != jar:
            continue
        if (
            type(key) is cst.Index
            and is_constant(key.value)
            and not (is_constant(node.value) and not constant_value(node.value))
        ):
            found.add(str(constant_value(key.value)).lower())
    return found
