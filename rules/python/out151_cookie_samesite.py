"""Cookies set without a SameSite policy, and settings that drop it."""

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
)
from guidelint.cst.web import config_pairs, deletes_cookie, is_app_config, setting_key

SAMESITE_KEYWORDS = ("samesite", "same_site")
COOKIE_METHODS = ("set_cookie", "set_signed_cookie")
# Pyramid's auth ticket cookies default to SameSite=Lax: only an explicit None drops it
AUTH_TICKET = (
    "pyramid.authentication.AuthTktCookieHelper",
    "pyramid.authentication.AuthTktAuthenticationPolicy",
)
SETTINGS = ("SESSION_COOKIE_SAMESITE", "CSRF_COOKIE_SAMESITE", "REMEMBER_COOKIE_SAMESITE")
CONFIG_METHODS = ("update", "from_mapping")
# frameworks whose set_cookie defaults to samesite="lax"
LAX_BY_DEFAULT = ("starlette", "fastapi")


class CookieSameSite(Rule):
    meta = RuleMeta.of(
        id="OUT151",
        clause="SG-6.3",
        title="Cookie without a SameSite policy",
        severity="low",
        confidence="medium",
        cwe=[1275],
        owasp="A01:2021-Broken Access Control",
        message="{name} sets a cookie without SameSite=Lax or Strict",
        rationale=(
            "Without a SameSite policy (or with SameSite=None) the browser attaches the cookie to requests "
            "that other web sites trigger, so a page elsewhere can act with the session of a member of staff "
            "who is logged in: cross-site request forgery against the functions that read and change "
            "clients' confidential and insider information. Browsers that default to Lax soften this, but "
            "not all do, and not for every request."
        ),
        remediation=(
            "Pass samesite='Lax' (or 'Strict' for cookies only the site itself needs) to set_cookie, keep "
            "Django's SESSION_COOKIE_SAMESITE and CSRF_COOKIE_SAMESITE at 'Lax', set Flask's "
            "SESSION_COOKIE_SAMESITE = 'Lax', and leave Pyramid's auth ticket at its 'Lax' default. A cookie "
            "that must travel cross-site (an embedded widget) says so in a suppression."
        ),
        references=(
            "https://owasp.org/www-community/SameSite",
            "https://docs.djangoproject.com/en/stable/ref/settings/#session-cookie-samesite",
        ),
    )
    calls = AUTH_TICKET
    nodes = (cst.Call, cst.Assign)
    needles = ("set_cookie", "set_signed_cookie", "AuthTkt", "COOKIE_SAMESITE")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        if not has_star_args(call) and _samesite(call) is False:
            ctx.report(call, self.meta.message.format(name=f"{name.rsplit('.', 1)[-1]}(samesite=None)"))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.Assign):
            for target in node.targets:
                key = setting_key(target.target, ctx, SETTINGS, settings_module=True)
                if key is not None and _off(node.value):
                    ctx.report(node, self.meta.message.format(name=f"{key} = {ctx.code(node.value)}"))
            return
        if not isinstance(node, cst.Call) or not isinstance(node.func, cst.Attribute):
            return
        method = node.func.attr.value
        if method in CONFIG_METHODS and is_app_config(node.func.value):
            for key, value, where in config_pairs(node):
                if key in SETTINGS and _off(value):
                    ctx.report(where, self.meta.message.format(name=f"config.{method}({key}={ctx.code(value)})"))
            return
        if method not in COOKIE_METHODS or has_star_args(node) or deletes_cookie(node):
            return
        if arg(node, "value", 1) is None:
            return  # cookiejar.set_cookie(cookie): a client-side jar, not a response header
        samesite = _samesite(node)
        if samesite is None and any(imports_module(ctx, m) for m in LAX_BY_DEFAULT):
            return
        if samesite in (None, False):
            ctx.report(node, self.meta.message.format(name=f"{method}()"))

    flagged = """
        from flask import Flask, make_response
        from pyramid.authentication import AuthTktAuthenticationPolicy

        INSTALLED_APPS = ["django.contrib.sessions", "portal"]
        SESSION_COOKIE_SAMESITE = None  # expect
        CSRF_COOKIE_SAMESITE = "None"  # expect

        app = Flask(__name__)
        app.config.update(SESSION_COOKIE_SAMESITE=None)  # expect

        def login(user, token):
            response = make_response("welcome")
            response.set_cookie("session", token, secure=True, httponly=True)  # expect
            response.set_cookie("desk", user.desk, secure=True, httponly=True, samesite=None)  # expect
            return response

        def includeme(config, secret):
            policy = AuthTktAuthenticationPolicy(secret, secure=True, httponly=True, samesite=None)  # expect
            config.set_authentication_policy(policy)
    """
    safe = """
        from django.conf import settings
        from flask import Flask, make_response
        from pyramid.authentication import AuthTktAuthenticationPolicy

        INSTALLED_APPS = ["django.contrib.sessions", "portal"]
        SESSION_COOKIE_SAMESITE = "Lax"
        CSRF_COOKIE_SAMESITE = "Strict"

        app = Flask(__name__)
        app.config.update(SESSION_COOKIE_SAMESITE="Lax")

        def login(user, token, cookie_options, jar, cookie):
            response = make_response("welcome")
            response.set_cookie("session", token, secure=True, httponly=True, samesite="Strict")
            response.set_cookie("desk", user.desk, samesite=settings.SESSION_COOKIE_SAMESITE)
            response.set_cookie("theme", user.theme, **cookie_options)
            response.set_cookie("session", "", max_age=0)
            jar.set_cookie(cookie)
            return response

        def includeme(config, secret):
            policy = AuthTktAuthenticationPolicy(secret, secure=True, httponly=True)
            config.set_authentication_policy(policy)

        def api_login(token):
            from fastapi.responses import JSONResponse  # Starlette's set_cookie defaults to samesite="lax"
            response = JSONResponse({"ok": True})
            response.set_cookie("session", token, secure=True, httponly=True)
            return response
    """


def _samesite(call: cst.Call) -> bool | None:
    """True for Lax/Strict or a value that is not a literal, False for None/"None"/False, None if absent."""
    for keyword in SAMESITE_KEYWORDS:
        found = arg(call, keyword)
        if found is not None:
            return not _off(found.value)
    return None


def _off(value: cst.BaseExpression) -> bool:
    """A literal that leaves the cookie without a policy: None, False, "None", ""."""
    if not is_constant(value):
        return False
    literal = constant_value(value)
    return literal in (None, False, "") or (isinstance(literal, str) and literal.lower() == "none")
