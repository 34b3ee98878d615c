# family: redirect 601
import cherrypy
from litestar import Request, get
from litestar.response import Redirect

LOUNGES = {"press": "/lounge/press", "investors": "/lounge/investors"}


class VulnLeave:
    @cherrypy.expose
    def index(self, to="/lounge"):
        raise cherrypy.HTTPRedirect(to)  # sink


class SafeLeave:
    @cherrypy.expose
    def index(self, to="/lounge"):
        raise cherrypy.HTTPRedirect(LOUNGES.get(to, "/lounge"))  # sink


class VulnMove:
    @cherrypy.expose
    def index(self, to="/lounge"):
        cherrypy.response.status = 302
        cherrypy.response.headers["Location"] = to  # sink


class SafeMove:
    @cherrypy.expose
    def index(self, to="/lounge"):
        cherrypy.response.status = 302
        cherrypy.response.headers["Location"] = LOUNGES.get(to, "/lounge")  # sink


@get("/lounge/next")
async def vuln_lounge_next(next_page: str) -> Redirect:
    return Redirect(path=next_page)  # sink


@get("/lounge/next/safe")
async def safe_lounge_next(request: Request, next_page: str) -> Redirect:
    return Redirect(path=request.url_for("lounge_home"))  # sink
