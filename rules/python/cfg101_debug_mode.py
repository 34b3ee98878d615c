"""Flask/Werkzeug debug mode and Django DEBUG switched on in code."""

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    arg,
    assignments,
    dotted,
    is_settings_module,
    keyword_is,
    name_words,
    string_text,
)
from guidelint.cst.web import is_app_config

APP_NAMES = ("app", "application", "flask_app")
CONFIG_WORDS = frozenset({"config", "configuration", "settings"})
DEVELOPMENT_WORDS = frozenset(
    {"dev", "develop", "development", "local", "test", "testing", "tests", "debug", "example"}
)
FLASK_APPS = {"flask.Flask", "flask.app.Flask"}


# calls that take a debug switch -> its keyword (the ASGI frameworks answer errors with tracebacks under debug)
DEBUG_KEYWORDS = {
    "werkzeug.serving.run_simple": "use_debugger",
    "werkzeug.run_simple": "use_debugger",
    "werkzeug.debug.DebuggedApplication": "evalex",
    "fastapi.FastAPI": "debug",
    "fastapi.applications.FastAPI": "debug",
    "starlette.applications.Starlette": "debug",
}


class DebugMode(Rule):
    meta = RuleMeta.of(
        id="CFG101",
        clause="SG-9.1",
        title="Debug mode switched on",
        severity="high",
        confidence="high",
        cwe=[489, 215],
        owasp="A05:2021-Security Misconfiguration",
        message="{name} turns on the framework's debug mode in deployable code",
        rationale=(
            "Flask's and Werkzeug's debugger gives anyone who can trigger an error an interactive Python "
            "console in the server process; Django's DEBUG pages show settings, source, SQL and request "
            "data. Either one deployed hands out credentials and access to the clients' confidential and "
            "pre-disclosure insider information the service holds. A configuration class (...Config, "
            "...Settings) setting DEBUG = True does so wherever it is loaded, unless its name keeps it to "
            "development, local use or tests (DevelopmentConfig, TestingConfig)."
        ),
        remediation=(
            "Leave debug off in code: app.run() without debug=True, and take the switch from the "
            "environment for local development only, e.g. DEBUG = os.environ.get('DJANGO_DEBUG') == '1' "
            "or `flask --app app run --debug` on a developer machine."
        ),
        references=(
            "https://flask.palletsprojects.com/en/stable/debugging/",
            "https://docs.djangoproject.com/en/stable/ref/settings/#debug",
        ),
    )
    calls = tuple(DEBUG_KEYWORDS)
    nodes = (cst.Call, cst.Assign)
    needles = ("debug=True", "debug = True", "DEBUG", "use_debugger", "evalex")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        keyword = DEBUG_KEYWORDS[name]
        setting = arg(call, keyword)
        if setting is not None and keyword_is(call, keyword, True):
            _report_off(
                ctx, setting, setting.value, self.meta.message.format(name=f"{name.rsplit('.', 1)[-1]}({keyword}=True)")
            )

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.Call):
            self._check_method(node, ctx)
        elif isinstance(node, cst.Assign) and _is_true(node.value):
            for target in node.targets:
                described = _debug_target(target.target, ctx)
                if described:
                    _report_off(ctx, node, node.value, self.meta.message.format(name=described))
        elif isinstance(node, cst.Assign) and (default := _default_true(node.value)) is not None:
            for target in node.targets:
                described = _debug_target(target.target, ctx)
                if described:
                    described = described.replace("= True", "= a setting that defaults to True", 1)
                    _report_off(ctx, node, default, self.meta.message.format(name=described))

    def _check_method(self, call: cst.Call, ctx: Context) -> None:
        func = call.func
        if not isinstance(func, cst.Attribute):
            return
        method = func.attr.value
        debug = arg(call, "debug")
        if method == "run" and debug is not None and keyword_is(call, "debug", True) and _flask_app(func.value, ctx):
            _report_off(ctx, debug, debug.value, self.meta.message.format(name="run(debug=True)"))
        elif method in ("update", "from_mapping") and is_app_config(func.value):
            setting = arg(call, "DEBUG")
            if setting is not None and keyword_is(call, "DEBUG", True):
                _report_off(ctx, setting, setting.value, self.meta.message.format(name=f"config.{method}(DEBUG=True)"))
            mapping = arg(call, None, 0)
            if mapping is not None and isinstance(mapping.value, cst.Dict):
                for element in mapping.value.elements:
                    if (
                        isinstance(element, cst.DictElement)
                        and string_text(element.key) == "DEBUG"
                        and _is_true(element.value)
                    ):
                        message = self.meta.message.format(name=f"config.{method}(DEBUG=True)")
                        _report_off(ctx, element, element.value, message)

    flagged = """
        import flask
        from fastapi import FastAPI
        from flask import Flask
        from werkzeug.serving import run_simple

        app = Flask(__name__)
        app.debug = True  # expect
        api = FastAPI(title="Reports", debug=True)  # expect
        app.config["DEBUG"] = True  # expect
        app.config.update(DEBUG=True)  # expect
        app.config.update({"TESTING": False, "DEBUG": True})  # expect

        class ServiceSettings:
            DEBUG = config("DEBUG", default=True, cast=bool)  # expect

        def serve():
            run_simple("localhost", 8000, app, use_reloader=True, use_debugger=True)  # expect

        def create():
            admin = flask.Flask("admin")
            admin.run(host="127.0.0.1", debug=True)  # expect

        def inside():
            from werkzeug.debug import DebuggedApplication
            return DebuggedApplication(app, evalex=True)  # expect

        if __name__ == "__main__":
            app.run(debug=True)  # expect

        class ReportsConfig:
            SESSION_COOKIE_SECURE = True
            DEBUG = True  # expect

        # the Django admin mounted next to the Flask app
        INSTALLED_APPS = ["django.contrib.admin", "reports"]
        ROOT_URLCONF = "reports.urls"
        DEBUG = True  # expect
    """
    fixed = """
        import flask
        from fastapi import FastAPI
        from flask import Flask
        from werkzeug.serving import run_simple

        app = Flask(__name__)
        app.debug = False
        api = FastAPI(title="Reports", debug=False)
        app.config["DEBUG"] = False
        app.config.update(DEBUG=False)
        app.config.update({"TESTING": False, "DEBUG": False})

        class ServiceSettings:
            DEBUG = config("DEBUG", default=False, cast=bool)

        def serve():
            run_simple("localhost", 8000, app, use_reloader=True, use_debugger=False)

        def create():
            admin = flask.Flask("admin")
            admin.run(host="127.0.0.1", debug=False)

        def inside():
            from werkzeug.debug import DebuggedApplication
            return DebuggedApplication(app, evalex=False)

        if __name__ == "__main__":
            app.run(debug=False)

        class ReportsConfig:
            SESSION_COOKIE_SECURE = True
            DEBUG = False

        # the Django admin mounted next to the Flask app
        INSTALLED_APPS = ["django.contrib.admin", "reports"]
        ROOT_URLCONF = "reports.urls"
        DEBUG = False
    """
    safe = """
        import os

        from fastapi import FastAPI
        from flask import Flask
        from werkzeug.serving import run_simple

        app = Flask(__name__)
        app.debug = os.environ.get("FLASK_DEBUG") == "1"
        api = FastAPI(title="Reports", debug=os.environ.get("REPORTS_ENV") == "development")
        app.config["DEBUG"] = False
        app.config.update(DEBUG=False, TESTING=False)

        class Worker:
            def __init__(self):
                self.debug = True

        def serve(settings):
            run_simple("localhost", 8000, app, use_reloader=True)
            app.run(debug=settings.DEBUG)
            app.run(debug=False)
            Worker().run(debug=True)

        class ReportsConfig:
            DEBUG = os.environ.get("REPORTS_DEBUG") == "1"

        class DevelopmentConfig(ReportsConfig):
            DEBUG = True

        class LocalSettings(ReportsConfig):
            DEBUG = True

        class Toolbar:
            DEBUG = True  # a class that configures nothing

        INSTALLED_APPS = ["django.contrib.admin", "reports"]
        ROOT_URLCONF = "reports.urls"
        DEBUG = os.environ.get("DJANGO_DEBUG") == "1"

        class ServiceSettings:
            DEBUG = config("DEBUG", default=False, cast=bool)
            TEMPLATE_DEBUG = config("TEMPLATE_DEBUG", default=True, cast=bool)  # no debug mode of the framework

        class DevelopmentSettings:
            DEBUG = config("DEBUG", default=True, cast=bool)
    """


def _default_true(expr: cst.BaseExpression) -> cst.BaseExpression | None:
    """The literal True a setting read from the environment falls back to: config("DEBUG", default=True,
    cast=bool), env.bool("DEBUG", default=True). Debug mode is then on wherever the deployment does not set
    the variable: the switch fails open. (`.get("DEBUG", "1") == "1"` is a comparison, not this.)"""
    if not isinstance(expr, cst.Call):
        return None
    default = arg(expr, "default")
    return default.value if default is not None and _is_true(default.value) else None


def _is_true(expr: cst.BaseExpression) -> bool:
    return isinstance(expr, cst.Name) and expr.value == "True"


def _flask_app(receiver: cst.BaseExpression, ctx: Context) -> bool:
    """A Flask application: a name like `app`, flask.Flask(...) itself, or a name assigned from it in this
    function or at module level."""
    name = dotted(receiver) or ""
    last = name.rsplit(".", 1)[-1]
    if last in APP_NAMES or last.endswith("_app"):
        return True
    if isinstance(receiver, cst.Call):
        return (ctx.qualname(receiver.func) or "") in FLASK_APPS
    if not isinstance(receiver, cst.Name):
        return False
    scopes: list[cst.Module | cst.FunctionDef] = [ctx.module]
    if ctx.function is not None:
        scopes.append(ctx.function)
    return any(
        isinstance(a.node, cst.Assign)
        and isinstance(a.value, cst.Call)
        and (ctx.qualname(a.value.func) or "") in FLASK_APPS
        for scope in scopes
        for a in assignments(ctx, name, scope)
    )


def _debug_target(target: cst.BaseExpression, ctx: Context) -> str | None:
    """What an assignment of True to `target` switches on, or None."""
    if isinstance(target, cst.Attribute) and target.attr.value == "debug":
        return f"{dotted(target) or 'debug'} = True" if _flask_app(target.value, ctx) else None
    if isinstance(target, cst.Subscript) and is_app_config(target.value) and len(target.slice) == 1:
        index = target.slice[0].slice
        if isinstance(index, cst.Index) and string_text(index.value) == "DEBUG":
            return 'config["DEBUG"] = True'
        return None
    if not isinstance(target, cst.Name) or target.value != "DEBUG" or ctx.functions:
        return None
    if not ctx.classes:
        return "DEBUG = True in a Django settings module" if is_settings_module(ctx) else None
    cls = ctx.classes[-1].name.value
    if len(ctx.classes) == 1 and _deployable_config(cls):
        return f"DEBUG = True in the configuration class {cls}"
    return None


def _deployable_config(name: str) -> bool:
    """A configuration class (`...Config`, `...Settings`, what app.config.from_object() loads) that its name
    does not keep to development or tests: DevelopmentConfig and TestingConfig switch debug on by design."""
    words = [w.lower() for w in name_words(name)]
    return bool(words) and words[-1] in CONFIG_WORDS and not DEVELOPMENT_WORDS.intersection(words)


def _report_off(ctx: Context, node: cst.CSTNode, value: cst.BaseExpression, message: str) -> None:
    """Report the switch, with the fix the guideline requires: the literal True becomes False."""
    ctx.report(node, message, cst.Name("False"), "turn debug mode off", fix_target=value)
