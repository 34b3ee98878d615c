# family: xss 79 80
import html

import bottle
import cherrypy
import falcon
from aiohttp import web
from litestar import MediaType, get
from pyramid.response import Response as PyramidResponse
from pyramid.view import view_config
from sanic import Sanic
from sanic.response import html as sanic_html
from sanic.response import json as sanic_json
from sanic.response import text as sanic_text

app = Sanic("boardroom-answers")
bapp = bottle.Bottle()


async def vuln_aio_lookup(request):
    return web.Response(text=f"<p>No director {request.query.get('name', '')}</p>", content_type="text/html")  # sink


async def safe_aio_lookup(request):
    return web.json_response({"missing": request.query.get("name", "")})  # sink


@app.get("/answers/director")
async def vuln_sanic_director(request):
    return sanic_html(f"<p>No director {request.args.get('name', '')}</p>")  # sink


@app.get("/answers/director/json")
async def safe_sanic_director(request):
    return sanic_json({"missing": request.args.get("name", "")})  # sink


@app.get("/answers/director/text")
async def safe_sanic_director_text(request):
    return sanic_text(f"No director {request.args.get('name', '')}")  # sink


class VulnFalconDirector:
    def on_get(self, req, resp):
        resp.content_type = falcon.MEDIA_HTML
        resp.text = f"<p>No director {req.get_param('name') or ''}</p>"  # sink


class SafeFalconDirector:
    def on_get(self, req, resp):
        resp.media = {"missing": req.get_param("name") or ""}  # sink


fapp = falcon.App()
fapp.add_route("/answers/falcon", VulnFalconDirector())
fapp.add_route("/answers/falcon/json", SafeFalconDirector())


@view_config(route_name="pyr_director")
def vuln_pyramid_director(request):
    return PyramidResponse(f"<p>No director {request.params.get('name', '')}</p>")  # sink


@view_config(route_name="pyr_director_json", renderer="json")
def safe_pyramid_director(request):
    return {"missing": request.params.get("name", "")}  # sink


@bapp.route("/answers/bottle")
def vuln_bottle_director():
    return f"<p>No director {bottle.request.query.get('name', '')}</p>"  # sink


@bapp.route("/answers/bottle/json")
def safe_bottle_director():
    return {"missing": bottle.request.query.get("name", "")}  # sink


@get("/answers/litestar", media_type=MediaType.HTML)
async def vuln_litestar_director(name: str) -> str:
    return f"<p>No director {name}</p>"  # sink


@get("/answers/litestar/json")
async def safe_litestar_director(name: str) -> dict:
    return {"missing": name}  # sink


class VulnCherryDirector:
    @cherrypy.expose
    def index(self, name=""):
        return f"<p>No director {name}</p>"  # sink


class SafeCherryDirector:
    @cherrypy.expose
    @cherrypy.tools.json_out()
    def index(self, name=""):
        return {"missing": name}  # sink


@bapp.route("/answers/bottle/escaped")
def safe_bottle_escaped():
    return f"<p>No director {html.escape(bottle.request.query.get('name', ''))}</p>"  # sink
