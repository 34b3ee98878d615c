"""Cross-origin resource sharing opened to every origin."""

import libcst as cst
from guidelint.cst import (
    Context,
    Rule,
    RuleMeta,
    arg,
    assigned_value,
    constant_value,
    is_settings_module,
    iter_nodes,
)

# callee -> keyword naming the allowed origins
CORS_CALLS = {
    "starlette.middleware.cors.CORSMiddleware": "allow_origins",
    "fastapi.middleware.cors.CORSMiddleware": "allow_origins",
    "flask_cors.CORS": "origins",
    "flask_cors.cross_origin": "origins",
}
REGEX_KEYWORDS = ("allow_origin_regex",)
DJANGO_SETTINGS = {"CORS_ALLOW_ALL_ORIGINS", "CORS_ORIGIN_ALLOW_ALL"}
ANY = ("*", ".*", "^.*$", ".+", "^.+$")
# flask-cors allows every origin when neither the call nor the app's config (CORS_ORIGINS) names any
DEFAULT_ANY = {"flask_cors.CORS", "flask_cors.cross_origin"}
CONFIG_LOADERS = {
    "from_object",
    "from_pyfile",
    "from_envvar",
    "from_mapping",
    "from_file",
    "from_prefixed_env",
}
HEADER = "access-control-allow-origin"
HEADER_METHODS = ("set_header", "add_header", "set", "add", "setdefault")


class CorsAnyOrigin(Rule):
    meta = RuleMeta.of(
        id="CFG104",
        clause="SG-9.2",
        title="CORS allows every origin",
        severity="medium",
        confidence="high",
        cwe=[942],
        owasp="A05:2021-Security Misconfiguration",
        message="{what} lets pages on any web site call this API from a user's browser{credentials}",
        rationale=(
            "The same-origin policy keeps other web sites from reading what an API returns to a logged-in "
            "browser. Allowing every origin hands that protection away: any page a member of staff opens "
            "can call the API with their cookies or tokens (Starlette and flask-cors even echo the caller's "
            "origin when credentials are allowed) and read client and insider data from the answers."
        ),
        remediation=(
            "List the front-ends that may call the API (allow_origins=['https://portal.acme.example']), "
            "or leave CORS off for APIs only servers call; never combine a wildcard with credentials."
        ),
        references=(
            "https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS",
            "https://www.starlette.io/middleware/#corsmiddleware",
        ),
    )
    calls = tuple(CORS_CALLS)
    nodes = (cst.Call, cst.Assign, cst.DictElement)
    needles = ("CORS", "cors", "Access-Control-Allow-Origin", "access-control-allow-origin")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        self._check(call, CORS_CALLS[name], name.rsplit(".", 1)[-1], ctx)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.Call):  # app.add_middleware(CORSMiddleware, allow_origins=[...])
            first = arg(node, None, 0)
            if first is not None and ctx.qualname(first.value) in CORS_CALLS:
                name = ctx.qualname(first.value) or ""
                self._check(node, CORS_CALLS[name], name.rsplit(".", 1)[-1], ctx)
            elif self._header_call(node, ctx):  # handler.set_header("Access-Control-Allow-Origin", "*")
                ctx.report(node, self.meta.message.format(what="Access-Control-Allow-Origin: *", credentials=""))
        elif isinstance(node, cst.DictElement):  # {"Access-Control-Allow-Origin": "*"}
            if self._header(node.key) and self._any(node.value, ctx):
                ctx.report(node, self.meta.message.format(what="Access-Control-Allow-Origin: *", credentials=""))
        elif isinstance(node, cst.Assign):
            target = node.targets[0].target
            if isinstance(target, cst.Subscript) and len(target.slice) == 1:  # response["Access-Control-..."] = "*"
                index = target.slice[0].slice
                if isinstance(index, cst.Index) and self._header(index.value) and self._any(node.value, ctx):
                    what = "Access-Control-Allow-Origin: *"
                    ctx.report(node, self.meta.message.format(what=what, credentials=""))
            elif (
                is_settings_module(ctx)
                and isinstance(target, cst.Name)
                and target.value in DJANGO_SETTINGS
                and constant_value(node.value) is True
            ):
                ctx.report(node, self.meta.message.format(what=f"{target.value} = True", credentials=""))

    def _check(self, call: cst.Call, keyword: str, name: str, ctx: Context) -> None:
        origins = arg(call, keyword)
        regex = next((a for a in (arg(call, k) for k in REGEX_KEYWORDS) if a is not None), None)
        if origins is not None and self._any(origins.value, ctx):
            where: cst.CSTNode = origins
        elif regex is not None and constant_value(regex.value) in ANY:
            where = regex
        elif origins is None and ctx.qualname(call.func) in DEFAULT_ANY and self._default_any(call, ctx):
            where = call
        else:
            return
        credentials = any(
            (found := arg(call, k)) is not None and constant_value(found.value) is True
            for k in ("allow_credentials", "supports_credentials")
        )
        with_credentials = ", with their credentials" if credentials else ""
        ctx.report(where, self.meta.message.format(what=name, credentials=with_credentials))

    @staticmethod
    def _any(value: cst.BaseExpression, ctx: Context) -> bool:
        if isinstance(value, cst.Name):
            value = assigned_value(ctx, value.value, value) or value
        allowed = constant_value(value)
        return allowed in ANY or (isinstance(allowed, tuple) and any(o in ANY for o in allowed))

    @staticmethod
    def _default_any(call: cst.Call, ctx: Context) -> bool:
        """flask-cors given no origins allows every one, unless `resources=` names them or the app's config
        may (CORS_ORIGINS in this module, or a config loaded from elsewhere: `app.config.from_object(...)`)."""
        if arg(call, "resources") is not None:
            return False
        if "CFG104.config" not in ctx.memo:
            names = {"CORS_ORIGINS", *CONFIG_LOADERS}  # a name, a keyword or an attribute (app.config.from_object)
            ctx.memo["CFG104.config"] = any(node.value in names for node in iter_nodes(ctx.module, cst.Name)) or any(
                "CORS_ORIGINS" in node.value for node in iter_nodes(ctx.module, cst.SimpleString)
            )
        return not ctx.memo["CFG104.config"]

    @staticmethod
    def _header(key: cst.BaseExpression | None) -> bool:
        value = constant_value(key) if key is not None else None
        return isinstance(value, str) and value.lower() == HEADER

    def _header_call(self, call: cst.Call, ctx: Context) -> bool:
        func = call.func
        if not isinstance(func, cst.Attribute) or func.attr.value not in HEADER_METHODS or len(call.args) != 2:
            return False
        if func.attr.value in ("set", "add", "setdefault") and not (
            isinstance(func.value, cst.Attribute) and func.value.attr.value.endswith("headers")
        ):
            return False
        return self._header(call.args[0].value) and self._any(call.args[1].value, ctx)

    flagged = """
        from fastapi import FastAPI
        from fastapi.middleware.cors import CORSMiddleware
        from flask import Flask
        from flask_cors import CORS

        api = FastAPI()
        ORIGINS = ["*"]
        api.add_middleware(CORSMiddleware, allow_origins=ORIGINS, allow_credentials=True)  # expect

        app = Flask(__name__)
        CORS(app, origins="*", supports_credentials=True)  # expect

        portal = Flask("portal")
        CORS(portal, supports_credentials=True)  # expect  (flask-cors's default origins are "*")

        def with_cors(response):
            response.headers["Access-Control-Allow-Origin"] = "*"  # expect
            return response

        class ExportHandler:
            def prepare(self):
                self.set_header("Access-Control-Allow-Origin", "*")  # expect

        PUBLIC_HEADERS = {"Access-Control-Allow-Origin": "*", "Cache-Control": "no-store"}  # expect

        # the Django settings of the admin site served next to the API
        INSTALLED_APPS = ["corsheaders", "reports"]
        CORS_ALLOW_ALL_ORIGINS = True  # expect
    """
    safe = """
        from fastapi import FastAPI
        from fastapi.middleware.cors import CORSMiddleware
        from flask import Flask
        from flask_cors import CORS

        api = FastAPI()
        api.add_middleware(CORSMiddleware, allow_origins=["https://portal.acme.example"], allow_credentials=True)

        app = Flask(__name__)
        CORS(app, origins=["https://portal.acme.example"])
        CORS(app, resources={r"/api/*": {"origins": ["https://portal.acme.example"]}})

        reports = Flask("reports")
        reports.config.from_object("reports.settings.Production")  # sets CORS_ORIGINS
        CORS(reports)

        PORTAL = "https://portal.acme.example"

        def with_cors(response, origin):
            if origin == PORTAL:
                response.headers["Access-Control-Allow-Origin"] = origin
            response.headers["Access-Control-Allow-Methods"] = "*"
            return response

        HEADERS = {"Access-Control-Allow-Origin": PORTAL}
    """
