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
    nodes = (cst.Call, cst.Assign)
    needles = ("set_cookie", "set_signed_cookie", "AuthTkt", "COOKIE_SECURE", "COOKIE_HTTPONLY")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if has_star_args(call):
            return
        missing = [flag for flag in FLAGS if _flag(call, flag) in (None, False)]
        if missing:
            ctx.report(call, self.meta.message.format(name=f"{name.rsplit('.', 1)[-1]}()", flags=_join(missing)))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.Assign):
            self._check_setting(node, ctx)
            return
        if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute):
            return
        method = node.func.attr.value
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
    """
    safe = """
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
