"""Django/Flask/Pyramid protections switched off: CSRF exemption or checks disabled, wildcard hosts."""

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    arg,
    constant_value,
    is_constant,
    is_settings_module,
    keyword_is,
    string_text,
)
from guidelint.cst.web import is_app_config

CSRF_EXEMPT = "django.views.decorators.csrf.csrf_exempt"
WTF_CSRF = "WTF_CSRF_ENABLED"
# Pyramid: view options and the application-wide defaults that switch the CSRF token or origin check off
PYRAMID_CSRF_OPTIONS = ("require_csrf", "check_origin")
PYRAMID_VIEW_CONFIG = "pyramid.view.view_config"
PYRAMID_CSRF_METHODS = ("set_default_csrf_options", "add_view", "add_route")


class FrameworkProtectionOff(Rule):
    meta = RuleMeta.of(
        id="CFG103",
        clause="SG-9.2",
        title="Framework protection switched off",
        severity="medium",
        confidence="high",
        cwe=[352],
        owasp="A05:2021-Security Misconfiguration",
        message="{name} switches off a protection the framework enables for every request",
        rationale=(
            "CSRF protection stops other web sites from making a logged-in member of staff submit "
            "requests; ALLOWED_HOSTS stops forged Host headers from poisoning password-reset links and "
            "caches. Switching one off reopens an attack on the sessions that can read and change clients' "
            "confidential and insider information. (Cookie flags switched off in settings are OUT150's.)"
        ),
        remediation=(
            "Keep CSRF protection on: remove @csrf_exempt and send the token (the {% csrf_token %} tag, "
            "the X-CSRFToken header); for machine-to-machine endpoints authenticate with a token instead. "
            "List the real host names in ALLOWED_HOSTS, leave WTF_CSRF_ENABLED at its default (True) outside "
            "test configurations, and keep Pyramid's require_csrf and check_origin on "
            "(config.set_default_csrf_options(require_csrf=True))."
        ),
        references=(
            "https://docs.djangoproject.com/en/stable/ref/csrf/",
            "https://docs.djangoproject.com/en/stable/howto/deployment/checklist/",
            "https://docs.pylonsproject.org/projects/pyramid/en/latest/narr/security.html#preventing-cross-site-request-forgery-attacks",
        ),
    )
    calls = (CSRF_EXEMPT,)
    nodes = (cst.Decorator, cst.Assign, cst.Call)
    needles = ("csrf_exempt", "ALLOWED_HOSTS", "WTF_CSRF_ENABLED", "require_csrf", "check_origin")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        ctx.report(call, self.meta.message.format(name="csrf_exempt"))

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.Decorator):
            self._check_decorator(node, ctx)
        elif isinstance(node, cst.Assign):
            for target in node.targets:
                described = self._setting(target.target, node.value, ctx)
                if described:
                    ctx.report(node, self.meta.message.format(name=described))
        elif isinstance(node, cst.Call):
            self._check_config_update(node, ctx)
            self._check_pyramid(node, ctx)

    def _check_decorator(self, decorator: cst.Decorator, ctx: Context) -> None:
        expr = decorator.decorator
        if isinstance(expr, (cst.Name, cst.Attribute)) and ctx.qualname(expr) == CSRF_EXEMPT:
            ctx.report(decorator, self.meta.message.format(name="@csrf_exempt"))
        elif isinstance(expr, cst.Call) and any(
            isinstance(a.value, (cst.Name, cst.Attribute)) and ctx.qualname(a.value) == CSRF_EXEMPT for a in expr.args
        ):
            ctx.report(decorator, self.meta.message.format(name="@method_decorator(csrf_exempt)"))

    def _setting(self, target: cst.BaseExpression, value: cst.BaseExpression, ctx: Context) -> str | None:
        """What assigning `value` to `target` switches off, or None."""
        if isinstance(target, cst.Subscript) and is_app_config(target.value) and len(target.slice) == 1:
            index = target.slice[0].slice
            if isinstance(index, cst.Index) and string_text(index.value) == WTF_CSRF and _is_false(value):
                return f'config["{WTF_CSRF}"] = False'
            return None
        if isinstance(target, cst.Attribute) and target.attr.value == WTF_CSRF and _is_false(value):
            # a configuration object handed to app.config.from_object(); not in a test or test configuration
            scopes: list[cst.ClassDef | cst.FunctionDef] = [*ctx.classes, *ctx.functions]
            if any("test" in scope.name.value.lower() for scope in scopes):
                return None
            return f"{ctx.code(target)} = False"
        if not isinstance(target, cst.Name) or ctx.functions:
            return None
        name = target.value
        if name == WTF_CSRF and _is_false(value):
            in_test_config = any("test" in c.name.value.lower() for c in ctx.classes)
            return None if in_test_config else f"{WTF_CSRF} = False"
        if ctx.classes or name != "ALLOWED_HOSTS":
            return None
        hosts = constant_value(value) if is_constant(value) else None
        wildcard = hosts == "*" or (isinstance(hosts, tuple) and "*" in hosts)
        if not wildcard or not is_settings_module(ctx):
            return None
        return 'ALLOWED_HOSTS = ["*"]'

    def _check_config_update(self, call: cst.Call, ctx: Context) -> None:
        func = call.func
        if not isinstance(func, cst.Attribute) or func.attr.value not in ("update", "from_mapping"):
            return
        if not is_app_config(func.value):
            return
        testing = arg(call, "TESTING")
        if testing is not None and keyword_is(call, "TESTING", True):
            return  # the configuration of the test suite
        setting = arg(call, WTF_CSRF)
        if setting is not None and _is_false(setting.value):
            ctx.report(setting, self.meta.message.format(name=f"config.{func.attr.value}({WTF_CSRF}=False)"))
        mapping = arg(call, None, 0)
        if mapping is not None and isinstance(mapping.value, cst.Dict):
            if any(
                isinstance(e, cst.DictElement) and string_text(e.key) == "TESTING" and _is_true(e.value)
                for e in mapping.value.elements
            ):
                return
            for element in mapping.value.elements:
                if (
                    isinstance(element, cst.DictElement)
                    and string_text(element.key) == WTF_CSRF
                    and _is_false(element.value)
                ):
                    ctx.report(element, self.meta.message.format(name=f"config.{func.attr.value}({WTF_CSRF}=False)"))

    def _check_pyramid(self, call: cst.Call, ctx: Context) -> None:
        """@view_config(require_csrf=False), config.add_view(..., check_origin=False),
        config.set_default_csrf_options(require_csrf=False)."""
        func = call.func
        is_view_config = isinstance(func, (cst.Name, cst.Attribute)) and ctx.qualname(func) == PYRAMID_VIEW_CONFIG
        if not is_view_config and not (isinstance(func, cst.Attribute) and func.attr.value in PYRAMID_CSRF_METHODS):
            return
        for option in PYRAMID_CSRF_OPTIONS:
            setting = arg(call, option)
            if setting is not None and _is_false(setting.value):
                ctx.report(setting, self.meta.message.format(name=f"{option}=False"))

    flagged = """
        from django.http import JsonResponse
        from django.urls import path
        from django.utils.decorators import method_decorator
        from django.views import View
        from django.views.decorators import csrf
        from django.views.decorators.csrf import csrf_exempt

        INSTALLED_APPS = ["django.contrib.sessions", "trading"]
        ROOT_URLCONF = "trading.urls"
        ALLOWED_HOSTS = ["*"]  # expect
        WTF_CSRF_ENABLED = False  # expect

        @csrf_exempt  # expect
        def webhook(request):
            return JsonResponse({"ok": True})

        @method_decorator(csrf_exempt, name="dispatch")  # expect
        class OrderView(View):
            def post(self, request):
                return JsonResponse({"ok": True})

        urlpatterns = [path("hook/", csrf.csrf_exempt(webhook))]  # expect

        def configure(app):
            app.config["WTF_CSRF_ENABLED"] = False  # expect
            app.config.update(WTF_CSRF_ENABLED=False)  # expect

        class ProductionConfig:
            SECRET_KEY_FILE = "/run/secrets/flask"

        production = ProductionConfig()
        production.WTF_CSRF_ENABLED = False  # expect

        def includeme(config):
            from pyramid.view import view_config

            config.set_default_csrf_options(require_csrf=False)  # expect
            config.add_view(webhook, route_name="hook", check_origin=False)  # expect

            @view_config(route_name="orders", require_csrf=False)  # expect
            def orders(request):
                return {}
    """
    safe = """
        import os

        from django.http import JsonResponse
        from django.views.decorators.csrf import csrf_protect

        INSTALLED_APPS = ["django.contrib.sessions", "trading"]
        ROOT_URLCONF = "trading.urls"
        ALLOWED_HOSTS = ["trading.example.com", ".internal.example.com"]
        WTF_CSRF_ENABLED = os.environ.get("CSRF_OFF") != "1"

        class TestingConfig:
            WTF_CSRF_ENABLED = False

        @csrf_protect
        def webhook(request):
            return JsonResponse({"ok": True})

        def configure(app):
            app.config["WTF_CSRF_ENABLED"] = True
            app.config.update(WTF_CSRF_ENABLED=True, SESSION_COOKIE_SECURE=True)

        def create_test_app(app):
            app.config.update(TESTING=True, WTF_CSRF_ENABLED=False)
            app.config.from_mapping({"TESTING": True, "WTF_CSRF_ENABLED": False})

        def test_login(config):
            config.WTF_CSRF_ENABLED = False

        def includeme(config):
            from pyramid.view import view_config

            config.set_default_csrf_options(require_csrf=True)

            @view_config(route_name="orders", require_csrf=True, check_origin=True)
            def orders(request):
                return {}
    """


def _is_false(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Name) and expr.value == "False"


def _is_true(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Name) and expr.value == "True"
