"""Web handlers without an authorization check that are not marked public (what a handler is and what authorizes
it: the knowledge base's rules/knowledge/web_frameworks.yaml, read through guidelint.cst.handlers and .authorized)."""

import re
from typing import Any, ClassVar

import libcst as cst
from guidelint.cst import Context, Rule, RuleMeta, handlerverdict


class HandlerWithoutAuthorization(Rule):
    meta = RuleMeta.of(
        id="ACC103",
        clause="SG-1.1",
        title="Web handler without an authorization check",
        severity="high",
        confidence="medium",
        cwe=[862],
        owasp="A01:2021-Broken Access Control",
        message="{handler} has no authorization check and is not marked public",
        rationale=(
            "The company restricts access to clients' confidential and pre-disclosure insider information through ID "
            "management. A Flask route, FastAPI endpoint, Django view or other request handler that no authorization "
            "decision guards answers anyone who can reach the network, bypassing ID management and leaving no "
            "identity in the access records the CSIRT audits. Handlers are therefore authorized by default, and the "
            "few that must be public (health checks) say so with an explicit marker that reviewers can see and grep "
            "for. A handler is one because a route says so: a route decorator (Flask, Quart, FastAPI, Django Ninja, "
            "Sanic, an aiohttp RouteTableDef, Pyramid's view_config, Bottle, Litestar), an entry of a URLconf "
            "(path(), re_path(), url(), a DRF router's register()), add_url_rule (also of a Flask View/MethodView "
            "class through as_view()), Pyramid's add_view(), a Starlette Route(), a tornado RequestHandler class "
            "defining a request method, a Falcon resource routed by add_route() (authorized by a deciding "
            "@falcon.before hook, a check in each responder or a deciding middleware of its app). It is authorized "
            "by what the framework runs before it, read from the whole project: its decorators (a Flask view class's "
            "decorators = [...]; a decorator of the project counts when its code, or the wrapper it returns, "
            "decides), a FastAPI dependency matching the markers or of the project deciding (raising "
            "HTTPException(401), also through the dependencies it declares and an Annotated alias) as a parameter or "
            "in dependencies= of the route, its router or the include_router() that includes it (one deciding "
            "nothing, a database session or a rate limit, does not), Django Ninja's auth= on the operation, its "
            "Router or NinjaAPI or the add_router() that adds it, Pyramid's permission= (of the view or its class's "
            "@view_defaults, or the project's set_default_permission(); NO_PERMISSION_REQUIRED opens it; counted only "
            "when the project sets a security policy), Litestar guards of the handler, its Controller, or a Router or "
            "app listing it (judged as a FastAPI dependency), a URLconf wrapper around it or around the include() that "
            "holds it, DRF permission classes (of the view or a base in any module, get_permissions(), "
            "DEFAULT_PERMISSION_CLASSES in the settings; AllowAny or no classes open it, or one @action of it, on "
            "purpose and are reported, as Ninja's auth=None or [] is), a login middleware in MIDDLEWARE, a request "
            "hook that checks (Flask's or Quart's before_request, Sanic's on_request or middleware('request'), "
            "Bottle's hook('before_request'); on the blueprint, in any module, or on the app it is registered on; "
            "one deciding only under a path prefix it names guards the routes under it; one letting listed routes "
            "through first, if request.endpoint in PUBLIC: return, guards the others, and none when the list is not "
            "written in the code), an aiohttp middleware of "
            "the app its route table is added to (likewise), mixins and base classes (in any module) whose dispatch, "
            "dispatch_request, prepare, has_permission or test_func decides, and checks such as has_perm() in the "
            "handler or in a function it calls, or an action run through a dispatcher that authorizes every action "
            "(CKAN's get_action). A view also decides, record by record, when what it shows is read through the "
            "requesting user's access (request.user.allowed_projects, Deal.objects.filter_access(request.user), "
            "also in a function of the project given that user; not a user the request names) and it changes nothing "
            "unchecked: each branch for a writing method checks (if request.method == 'POST' and "
            "user.has_perm(...)), as does each writing method of a class view (a library's UpdateView saves for "
            "anyone), nothing else saves or deletes, and it is not a view for POST only. Extensions: "
            "Flask-AppBuilder's @expose methods (@has_access, @has_access_api, "
            "@protect()), Flask-Admin views (an is_accessible() testing the user), Flask-Principal's "
            "permission.require() (decorator or with), guardian's and django-rules' decorators and mixins, "
            "Sanic-JWT's @protected()/@scoped(), AdminSite.admin_view() in a URLconf. A handler that logs users in or "
            "out is public by design (also a step of a social or OAuth login, a class-based view whose methods log "
            "the user in), and so is one that only redirects (every return a redirect, no call but address builders "
            "and settings read by a constant key; a RedirectView building its address): it shows and changes "
            "nothing, the page it sends to decides; so is a TemplateView of constants (no request, user, database "
            "or project call). A decorator above a Flask/FastAPI route decorator does not wrap the view. Frameworks' "
            "own packages (option framework_packages), known by their import name, define generic views for apps to "
            "wire up and are not checked."
        ),
        remediation=(
            "Add the framework's check: @login_required / @roles_required(...) directly below @app.route(...) "
            "(Flask); a Depends(...)/Security(...) parameter or dependencies=[Depends(...)] on the route or its "
            "APIRouter (FastAPI); @login_required / @permission_required(...), LoginRequiredMixin / "
            "PermissionRequiredMixin or @method_decorator(login_required, name='dispatch') (Django); "
            "permission_classes = [IsAuthenticated] (DRF). Mark a handler that must be public with @public. "
            "Company decorators and frameworks are added in the CSIRT pack's knowledge/ (authorization: "
            "decorators, public, mixins, checks, middleware; web-frameworks), or per project, e.g. "
            '[tool.guidelint.options.ACC103] authorization = ["login_required", "*_required", '
            '"check_entitlement", "get_current_*user"], public = ["public"], mixins = ["LoginRequiredMixin", '
            '"EntitledMixin", "PortalView"] (base classes that authorize), checks = ["has_perm", '
            '"ensure_entitled"] (calls in a handler that decide), dispatchers = ["get_action"] (calls that fetch '
            'an action which checks access as it runs), scopes = ["filter_access", "allowed_*"] (methods given the '
            'requesting user, or its attributes, that select what it may see), requesters = ["request.user", '
            '"g.account"] (expressions naming the requesting user, as written): fnmatch patterns on the last name '
            "component, authorization also on the function passed to Depends; each list replaces the "
            "knowledge base's."
        ),
        references=(
            "https://cwe.mitre.org/data/definitions/862.html",
            "https://flask-login.readthedocs.io/en/latest/#flask_login.login_required",
            "https://fastapi.tiangolo.com/tutorial/dependencies/dependencies-in-path-operation-decorators/",
            "https://docs.djangoproject.com/en/stable/topics/auth/default/#limiting-access-to-logged-in-users",
            "https://www.django-rest-framework.org/api-guide/permissions/",
        ),
    )
    nodes = (cst.FunctionDef, cst.ClassDef)
    # route decorators, Django function views (a URLconf routes them; Django passes the request first),
    # Flask's add_url_rule, class-based views
    needles = (
        re.compile(r"@(?:[\w.]+\.)?(?:route|get|post|put|patch|delete|api_route|websocket)\s*\("),
        re.compile(r"def\s+\w+\s*\(\s*request\b"),
        "add_url_rule",
        "view_config",
        "add_view",
        re.compile(r"class\s+\w+\s*\([^)]*(?:View|ViewSet|Handler)\b"),
        re.compile(r"def\s+on_(?:get|post|put|patch|delete)"),  # Falcon's responders
        "@expose",  # Flask-AppBuilder's exposed methods, Flask-Admin's views
        "get_urls",  # views a Django ModelAdmin or AdminSite routes
    )
    # configured lists replace the knowledge base's (rules/knowledge/web_frameworks.yaml); empty: the knowledge base's
    options: ClassVar[dict[str, Any]] = {
        "authorization": [],
        "public": [],
        "mixins": [],
        "checks": [],
        "dispatchers": [],
        "scopes": [],
        "requesters": [],
        "framework_packages": [],
    }

    def check_node(self, node: cst.CSTNode, ctx: Context) -> None:
        found: list[tuple[cst.CSTNode, str]] = []
        if isinstance(node, cst.FunctionDef):
            found = handlerverdict.function_findings(node, ctx, self.meta.message)
        elif isinstance(node, cst.ClassDef) and not ctx.functions and not ctx.classes:
            found = handlerverdict.class_findings(node, ctx, self.meta.message)
        for where, message in found:
            ctx.report(where, message)

    flagged = """
        import time
        from functools import wraps
        from flask import Blueprint, Flask, jsonify, render_template
        from flask_login import current_user, login_required
        from fastapi import APIRouter, Depends, FastAPI
        from django.views.generic import DetailView, TemplateView
        from rest_framework.decorators import api_view, permission_classes
        from rest_framework.permissions import AllowAny
        from rest_framework.views import APIView
        from rest_framework.viewsets import ModelViewSet

        app = Flask(__name__)
        api = FastAPI()
        router = APIRouter(prefix="/deals")

        @app.route("/deals/<int:deal_id>")
        def deal(deal_id):  # expect
            return load_deal(deal_id)

        @login_required
        @app.post("/deals/<int:deal_id>/notes")
        def add_note(deal_id):  # expect
            return save_note(deal_id)

        @api.get("/filings/{filing_id}")
        async def filing(filing_id: int, db=Depends(get_db)):  # expect
            return db.get(filing_id)

        @router.delete("/{deal_id}")
        def delete_deal(deal_id: int):  # expect
            remove(deal_id)

        @api.post("/filings", dependencies=[Depends(rate_limit)])  # a dependency that decides nothing
        async def create_filing(body: dict):  # expect
            return store(body)

        class DealDetail(DetailView):  # expect
            model = Deal

        class DealBoard(TemplateView):  # expect
            extra_context = {"open_deals": Deal.objects.count()}  # a page of the database's data

        class DealApi(APIView):  # expect
            permission_classes = [AllowAny]

            def get(self, request, pk):
                return respond(pk)

        @api_view(["GET"])
        def pipeline(request):  # expect
            return respond(pipeline_for(request.user))

        @api_view(["GET"])
        @permission_classes([AllowAny])
        def rates(request):  # expect
            return respond(current_rates())

        desk = Blueprint("desk", __name__)

        @desk.before_request
        def open_db():
            if current_user.is_authenticated:
                connect(current_user.id)

        @desk.route("/ledger")
        def ledger():  # expect
            if current_user.is_authenticated:
                note_visit(current_user)
            return load_ledger()

        def journal():  # expect
            return load_journal()

        @app.route("/reports/<name>")
        def report(name):  # expect
            return render_template("report.html", rows=load_rows(name))

        desk.add_url_rule("/journal", view_func=journal)

        @desk.route("/catalogue/<name>")
        def catalogue_entry(name):  # expect
            return jsonify(ACTIONS["dataset_show"]({"user": current_user.name}, {"id": name}))

        @app.route("/deals/<int:deal_id>/latest")
        def latest_note(deal_id):  # expect
            return redirect(url_for("note", note_id=last_note(deal_id)))

        @app.route("/deals/<int:deal_id>/go")
        def go_to_deal(deal_id):  # expect
            return redirect(Deal.objects.get(pk=deal_id).get_absolute_url())

        from flask.views import MethodView

        class Positions(MethodView):  # expect
            def get(self, account):
                return jsonify(load_positions(account))

        app.add_url_rule("/positions/<account>", view_func=Positions.as_view("positions"))

        def timed(view):
            @wraps(view)
            def wrapper(*args, **kwargs):
                started = time.monotonic()
                try:
                    return view(*args, **kwargs)
                finally:
                    record_time(time.monotonic() - started)

            return wrapper

        @app.route("/deals/<int:deal_id>/parties")
        @timed
        def parties(deal_id):  # expect
            return jsonify(load_parties(deal_id))

        from rest_framework.permissions import IsAdminUser

        class QuoteViewSet(ModelViewSet):  # expect
            def get_permissions(self):
                if self.action == "list":
                    return [AllowAny()]  # the list is open to anyone
                return [IsAdminUser()]

        import tornado.web

        class QuoteHandler(tornado.web.RequestHandler):  # expect
            def get(self, symbol):
                self.write(load_quote(symbol))

        from flask import request

        @app.route("/desks/<int:desk_id>/deals")
        def desk_deals(desk_id):  # expect
            owner = Account.query.get(request.args["owner"])  # scoped by a user the request names
            return jsonify([d.summary() for d in Deal.query.filter_access(owner).filter_by(desk_id=desk_id)])

        @app.route("/desks/<int:desk_id>", methods=["GET", "POST"])
        def desk_page(desk_id):  # expect
            if request.method == "POST":  # a write no check guards
                close_desk(desk_id)
            return render_template("desk.html", deals=current_user.allowed_deals)
    """
    safe = """
        from functools import wraps
        from flask import Blueprint, Flask, abort, jsonify, redirect, render_template, request
        from flask_login import current_user, login_required, login_user
        from typing import Annotated
        from fastapi import APIRouter, Depends, FastAPI, Security
        from fastapi.security import OAuth2PasswordRequestForm
        from django.contrib.auth.decorators import permission_required
        from django.contrib.auth.mixins import LoginRequiredMixin
        from django.core.exceptions import PermissionDenied
        from django.utils.decorators import method_decorator
        from django.utils.translation import gettext_lazy
        from django.views.generic import DetailView, TemplateView, UpdateView
        from rest_framework.decorators import api_view, permission_classes
        from django.http import JsonResponse
        from rest_framework.permissions import AllowAny, IsAuthenticated
        from rest_framework.viewsets import ModelViewSet
        from company.errors import NotAuthorized
        from itsdangerous import BadSignature
        from company.web import public, require_role

        app = Flask(__name__)
        api = FastAPI()
        secured = APIRouter(prefix="/admin", dependencies=[Depends(require_role("admin"))])

        @app.route("/deals/<int:deal_id>")
        @login_required
        def deal(deal_id):
            return load_deal(deal_id)

        @app.get("/health")
        @public
        def health():
            return "ok"

        @api_view(["GET"])
        @permission_classes([AllowAny])
        def status(request):
            return JsonResponse({"status": "up"})

        @app.errorhandler(404)
        def not_found(error):
            return "not found", 404

        @app.before_request
        def open_session():
            connect()

        @app.route("/internal")
        def _helper():
            abort(404)

        def deal_summary(deal):
            return {"id": deal.id}

        @api.get("/filings/{filing_id}")
        async def filing(filing_id: int, user=Security(require_role("analyst"))):
            return load(filing_id, user)

        @api.post("/token")
        async def issue_token(form: Annotated[OAuth2PasswordRequestForm, Depends()]):
            return tokens.issue(form.username, form.password)

        @api.post("/filings", dependencies=[Depends(current_account)])  # a dependency of the project that refuses
        async def create_filing(body: dict):
            return store(body)

        @secured.delete("/{deal_id}")
        def delete_deal(deal_id: int):
            remove(deal_id)

        class DealDetail(LoginRequiredMixin, DetailView):
            model = Deal

        @method_decorator(permission_required("deals.view_deal"), name="dispatch")
        class DealReport(TemplateView):
            template_name = "report.html"

        class SecureBase(TemplateView):
            @method_decorator(permission_required("deals.view_deal"))
            def dispatch(self, request, *args, **kwargs):
                return super().dispatch(request, *args, **kwargs)

        class DealHistory(SecureBase):
            template_name = "history.html"

        class Landing(TemplateView):  # a fixed page: its template and constants, the same for everyone
            template_name = "landing.html"
            extra_context = {"title": gettext_lazy("Welcome")}

        class DealViewSet(ModelViewSet):
            permission_classes = [IsAuthenticated]

        @api_view(["GET"])
        @permission_classes([IsAuthenticated])
        def pipeline(request):
            return respond(pipeline_for(request.user))

        admin = Blueprint("admin", __name__)

        @admin.before_request
        def staff_only():
            if not current_user.is_staff:
                abort(403)

        @admin.route("/console")
        def console():
            return render_console()

        @app.route("/deals/<int:deal_id>/close", methods=["POST"])
        def close_deal(deal_id):
            if not current_user.has_permission("deals.close"):
                abort(403)
            return close(deal_id)

        @app.route("/deals/<int:deal_id>/reopen", methods=["POST"])
        def reopen_deal(deal_id):
            if not current_user.has_permission("deals.reopen"):
                return jsonify(error="not allowed"), 403  # a response with a refusing status
            return reopen(deal_id)

        def ensure_member(user):
            if not user.has_perm("deals.member"):
                raise PermissionDenied("members only")

        @app.route("/deals/<int:deal_id>/notes")
        def notes(deal_id):
            ensure_member(current_user)
            return load_notes(deal_id)

        @app.route("/deals/<int:deal_id>/files")
        def files(deal_id):
            try:
                return list_files(deal_id, current_user)
            except NotAuthorized:
                abort(404)

        @app.route("/signin", methods=["POST"])
        def signin():
            user = find_user(request.form["name"])
            if user is None or not user.check_password(request.form["password"]):
                return render_form(error=True)
            login_user(user)
            return redirect("/")

        def archive():
            if current_user.is_anonymous:
                return redirect("/signin")
            return load_archive()

        admin.add_url_rule("/archive", view_func=archive)

        @app.route("/shared/<token>")
        def shared_file(token):  # a link signed for one file: the token is the authorization
            try:
                name = signer.loads(token, max_age=3600)
            except BadSignature:
                abort(404)
            return send_file(name)

        @app.route("/<lang>/<path:rest>")
        def with_language(lang, rest):  # a redirect only: the page it sends to decides access
            target = f"/{lang}/{rest}"
            if request.args:
                target += "?" + urlencode(request.args)
            return redirect(url_for("pages", path=target), code=308)

        @app.route("/me")
        def me():
            return redirect(config.get("home_after_login"))

        @app.route("/help/<topic>")
        def help_page(topic):  # a page of help text: reads nothing but its URL
            return render_template("help.html", topic=topic)

        @app.route("/catalogue/<name>")
        def catalogue_entry(name):  # the action checks the user of its context before it runs
            context = {"user": current_user.name}
            return render_template("entry.html", entry=get_action("dataset_show")(context, {"id": name}))

        class DealUpdate(UpdateView):
            def get_object(self, queryset=None):
                deal = super().get_object(queryset)
                if deal.owner != self.request.user and not self.request.user.is_superuser:
                    raise PermissionDenied
                return deal

        from flask.views import MethodView, View

        class Positions(MethodView):
            decorators = [login_required]

            def get(self, account):
                return jsonify(load_positions(account))

        class Audited(View):
            def dispatch_request(self, account):
                if not current_user.has_role("auditor"):
                    abort(403)
                return jsonify(load_audit(account))

        class Unregistered(MethodView):  # a base registered nowhere in this module
            def get(self):
                return jsonify([])

        app.add_url_rule("/positions/<account>", view_func=Positions.as_view("positions"))
        app.add_url_rule("/audit/<account>", view_func=Audited.as_view("audit"))

        def desk_member(view):  # a project decorator: the wrapper it returns refuses
            @wraps(view)
            def wrapper(*args, **kwargs):
                if not current_user.has_role("desk"):
                    abort(403)
                return view(*args, **kwargs)

            return wrapper

        def signed_in(view):  # a project decorator returning the framework's
            return login_required(view)

        @app.route("/deals/<int:deal_id>/parties")
        @desk_member
        def parties(deal_id):
            return jsonify(load_parties(deal_id))

        @app.route("/deals/<int:deal_id>/team")
        @signed_in
        def team(deal_id):
            return jsonify(load_team(deal_id))

        from fastapi import HTTPException

        async def current_account(token: str = Depends(bearer)):  # a dependency of the project that refuses
            account = accounts.by_token(token)
            if account is None:
                raise HTTPException(status_code=401, detail="sign in")
            return account

        Account = Annotated[dict, Depends(current_account)]

        @api.get("/accounts/{account_id}/positions")
        async def account_positions(account_id: int, account: dict = Depends(current_account)):
            return load_positions(account_id, account)

        @api.get("/accounts/{account_id}/orders")
        async def account_orders(account_id: int, account: Account):
            return load_orders(account_id, account)

        from rest_framework.permissions import IsAdminUser

        class QuoteViewSet(ModelViewSet):
            def get_permissions(self):
                if self.action in ("list", "retrieve"):
                    return [IsAuthenticated()]
                return [IsAdminUser()]

        import tornado.web

        class PortfolioHandler(tornado.web.RequestHandler):
            @tornado.web.authenticated
            def get(self, account):
                self.write(load_portfolio(account))

        class DeskHandler(tornado.web.RequestHandler):  # a base deciding for every request
            def prepare(self):
                if not self.current_user:
                    raise tornado.web.HTTPError(401)

        class OrdersHandler(DeskHandler):
            def get(self, account):
                self.write(load_orders(account))

        @app.route("/my/deals")
        def my_deals():  # each user sees the deals their access allows (an anonymous one the public ones)
            return jsonify([d.summary() for d in current_user.allowed_deals])

        @app.route("/desks/<int:desk_id>/board", methods=["GET", "POST"])
        def desk_board(desk_id):  # its only write needs a permission; what it shows is scoped by the user
            if request.method == "POST" and current_user.has_permission("desks.close"):
                close_desk(desk_id)
            return render_template("board.html", deals=Deal.query.visible_to(current_user).filter_by(desk=desk_id))
    """
