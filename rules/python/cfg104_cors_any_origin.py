"""Cross-origin resource sharing opened to every origin."""

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, arg, assigned_value, constant_value, is_settings_module

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
    nodes = (cst.Call, cst.Assign)
    needles = ("CORS", "cors")

    def check_call(self, call: cst.Call, name: str, ctx: Context) -> None:
        self._check(call, CORS_CALLS[name], name.rsplit(".", 1)[-1], ctx)

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        if isinstance(node, cst.Call):  # app.add_middleware(CORSMiddleware, allow_origins=[...])
            first = arg(node, None, 0)
            if first is not None and ctx.qualname(first.value) in CORS_CALLS:
                name = ctx.qualname(first.value) or ""
                self._check(node, CORS_CALLS[name], name.rsplit(".", 1)[-1], ctx)
        elif isinstance(node, cst.Assign) and is_settings_module(ctx):
            target = node.targets[0].target
            if isinstance(target, cst.Name) and target.value in DJANGO_SETTINGS and constant_value(node.value) is True:
                ctx.report(node, self.meta.message.format(what=f"{target.value} = True", credentials=""))

    def _check(self, call: cst.Call, keyword: str, name: str, ctx: Context) -> None:
        origins = arg(call, keyword)
        value = origins.value if origins is not None else None
        if isinstance(value, cst.Name):
            value = assigned_value(ctx, value.value, call) or value
        allowed = constant_value(value) if value is not None else None
        regex = next((a for a in (arg(call, k) for k in REGEX_KEYWORDS) if a is not None), None)
        wildcard = allowed in ANY or (isinstance(allowed, tuple) and any(o in ANY for o in allowed))
        if not wildcard and regex is not None and constant_value(regex.value) in ANY:
            wildcard = True
        if not wildcard:
            return
        credentials = any(
            (found := arg(call, k)) is not None and constant_value(found.value) is True
            for k in ("allow_credentials", "supports_credentials")
        )
        with_credentials = ", with their credentials" if credentials else ""
        ctx.report(call, self.meta.message.format(what=name, credentials=with_credentials))

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
    """
