# family: session 501
import aiohttp_session
import cherrypy
import tornado.web
from litestar import Request, post
from pyramid.view import view_config
from starlette.requests import Request as StarletteRequest

ROLES = {"observer": "observer", "secretary": "secretary"}


async def vuln_aio_role(request):
    store = await aiohttp_session.get_session(request)
    store["role"] = request.query.get("role", "observer")  # sink
    return aiohttp_session.web.json_response({"ok": True})


async def safe_aio_role(request):
    store = await aiohttp_session.get_session(request)
    store["role"] = ROLES.get(request.query.get("role", ""), "observer")  # sink
    return aiohttp_session.web.json_response({"ok": True})


async def vuln_aio_new_role(request):
    fresh = await aiohttp_session.new_session(request)
    fresh["role"] = request.query.get("role", "observer")  # sink
    return aiohttp_session.web.json_response({"ok": True})


async def safe_aio_new_role(request):
    fresh = await aiohttp_session.new_session(request)
    fresh["role"] = ROLES.get(request.query.get("role", ""), "observer")  # sink
    return aiohttp_session.web.json_response({"ok": True})


# a signed cookie the handlers read back as the session: what the client chose, signed by the server
class VulnTornadoRole(tornado.web.RequestHandler):
    def post(self):
        self.set_signed_cookie("role", self.get_body_argument("role"))  # sink
        self.write({"ok": True})


class SafeTornadoRole(tornado.web.RequestHandler):
    def post(self):
        self.set_signed_cookie("role", ROLES.get(self.get_body_argument("role"), "observer"))  # sink
        self.write({"ok": True})


class VulnTornadoDesk(tornado.web.RequestHandler):
    def post(self):
        self.set_secure_cookie("desk", self.get_body_argument("desk"))  # sink
        self.write({"ok": True})


class SafeTornadoDesk(tornado.web.RequestHandler):
    def post(self):
        self.set_secure_cookie("desk", str(int(self.get_body_argument("desk"))))  # sink
        self.write({"ok": True})


async def vuln_starlette_meeting(request: StarletteRequest):
    request.session["meeting"] = request.query_params["meeting"]  # sink
    return None


async def safe_starlette_meeting(request: StarletteRequest):
    request.session["meeting"] = int(request.query_params["meeting"])  # sink
    return None


@view_config(route_name="pyr_role", renderer="json")
def vuln_pyramid_role(request):
    request.session["role"] = request.params.get("role", "observer")  # sink
    return {"ok": True}


@view_config(route_name="pyr_role_safe", renderer="json")
def safe_pyramid_role(request):
    request.session["role"] = ROLES.get(request.params.get("role", ""), "observer")  # sink
    return {"ok": True}


class VulnCherryRole:
    @cherrypy.expose
    def index(self, role="observer"):
        cherrypy.session["role"] = role  # sink
        return "saved"


class SafeCherryRole:
    @cherrypy.expose
    def index(self, role="observer"):
        cherrypy.session["role"] = ROLES.get(role, "observer")  # sink
        return "saved"


@post("/litestar/role")
async def vuln_litestar_role(request: Request, role: str) -> dict:
    request.set_session({"role": role})  # sink
    return {"ok": True}


@post("/litestar/role/safe")
async def safe_litestar_role(request: Request, role: str) -> dict:
    request.set_session({"role": ROLES.get(role, "observer")})  # sink
    return {"ok": True}
