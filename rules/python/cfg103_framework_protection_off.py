"""Django/Flask protections switched off: CSRF exemption, wildcard hosts, insecure cookies."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, constant_value, is_constant, is_settings_module, string_text

CSRF_EXEMPT = "django.views.decorators.csrf.csrf_exempt"
INSECURE_COOKIES = ("SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE")
WTF_CSRF = "WTF_CSRF_ENABLED"


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
            "caches; secure cookies keep session and CSRF tokens off plaintext connections. Switching one "
            "off reopens an attack on the sessions that can read and change clients' confidential and "
            "insider information."
        ),
        remediation=(
            "Keep CSRF protection on: remove @csrf_exempt and send the token (the {% csrf_token %} tag, "
            "the X-CSRFToken header); for machine-to-machine endpoints authenticate with a token instead. "
            "List the real host names in ALLOWED_HOSTS, set SESSION_COOKIE_SECURE = True and "
            "CSRF_COOKIE_SECURE = True, and leave WTF_CSRF_ENABLED at its default (True)."
        ),
        references=(
            "https://docs.djangoproject.com/en/stable/ref/csrf/",
            "https://docs.djangoproject.com/en/stable/howto/deployment/checklist/",
        ),
    )
    calls = (CSRF_EXEMPT,)
    nodes = (cst.Decorator, cst.Assign, cst.Call)
    needles = ("csrf_exempt", "ALLOWED_HOSTS", "WTF_CSRF_ENABLED", "COOKIE_SECURE")

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
        if isinstance(target, cst.Subscript) and _is_config(target.value) and len(target.slice) == 1:
            index = target.slice[0].slice
            if isinstance(index, cst.Index) and string_text(index.value) == WTF_CSRF and _is_false(value):
                return f'config["{WTF_CSRF}"] = False'
            return None
        if not isinstance(target, cst.Name) or ctx.functions:
            return None
        name = target.value
        if name == WTF_CSRF and _is_false(value):
            in_test_config = any("test" in c.name.value.lower() for c in ctx.classes)
            return None if in_test_config else f"{WTF_CSRF} = False"
        if ctx.classes or name not in (*INSECURE_COOKIES, "ALLOWED_HOSTS"):
            return None
        if name == "ALLOWED_HOSTS":
            hosts = constant_value(value) if is_constant(value) else None
            wildcard = hosts == "*" or (isinstance(hosts, tuple) and "*" in hosts)
            if not wildcard or not is_settings_module(ctx):
                return None
            return 'ALLOWED_HOSTS = ["*"]'
        if _is_false(value) and is_settings_module(ctx):
            return f"{name} = False"
        return None

    def _check_config_update(self, call: cst.Call, ctx: Context) -> None:
        func = call.func
        if not isinstance(func, cst.Attribute) or func.attr.value not in ("update", "from_mapping"):
            return
        if not _is_config(func.value):
            return
        setting = arg(call, WTF_CSRF)
        if setting is not None and _is_false(setting.value):
            ctx.report(setting, self.meta.message.format(name=f"config.{func.attr.value}({WTF_CSRF}=False)"))
        mapping = arg(call, None, 0)
        if mapping is not None and isinstance(mapping.value, cst.Dict):
            for element in mapping.value.elements:
                if (
                    isinstance(element, cst.DictElement)
                    and string_text(element.key) == WTF_CSRF
                    and _is_false(element.value)
                ):
                    ctx.report(element, self.meta.message.format(name=f"config.{func.attr.value}({WTF_CSRF}=False)"))

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
        SESSION_COOKIE_SECURE = False  # expect
        CSRF_COOKIE_SECURE = False  # expect
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
    """
    safe = """
        import os

        from django.http import JsonResponse
        from django.views.decorators.csrf import csrf_protect

        INSTALLED_APPS = ["django.contrib.sessions", "trading"]
        ROOT_URLCONF = "trading.urls"
        ALLOWED_HOSTS = ["trading.example.com", ".internal.example.com"]
        SESSION_COOKIE_SECURE = True
        CSRF_COOKIE_SECURE = os.environ.get("INSECURE_COOKIES") != "1"
        WTF_CSRF_ENABLED = True

        class TestingConfig:
            WTF_CSRF_ENABLED = False

        @csrf_protect
        def webhook(request):
            return JsonResponse({"ok": True})

        def configure(app):
            app.config["WTF_CSRF_ENABLED"] = True
            app.config.update(WTF_CSRF_ENABLED=True, SESSION_COOKIE_SECURE=True)
    """


def _is_false(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Name) and expr.value == "False"


def _is_config(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Attribute) and expr.attr.value == "config"
