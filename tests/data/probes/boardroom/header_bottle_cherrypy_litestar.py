# family: header 113
import bottle
import cherrypy
import requests
from litestar import get
from litestar.datastructures import Cookie
from litestar.response import Response

app = bottle.Bottle()
THEMES = ("light", "dark")
REGISTRY_API = "https://registry.internal.example/api"


@app.route("/notices/theme")
def vuln_notice_theme():
    bottle.response.set_cookie("theme", bottle.request.query.get("theme", "light"), secure=True)  # sink
    return {"ok": True}


@app.route("/notices/theme/safe")
def safe_notice_theme():
    theme = bottle.request.query.get("theme", "light")
    bottle.response.set_cookie("theme", theme if theme in THEMES else "light", secure=True)  # sink
    return {"ok": True}


@app.route("/notices/tag")
def vuln_notice_tag():
    bottle.response.set_header("X-Notice-Tag", bottle.request.query.get("tag", ""))  # sink
    return {"ok": True}


@app.route("/notices/tag/safe")
def safe_notice_tag():
    tag = bottle.request.query.get("tag", "")
    bottle.response.set_header("X-Notice-Tag", tag if tag.isalnum() else "")  # sink
    return {"ok": True}


class VulnNoticeCookie:
    @cherrypy.expose
    def index(self, theme="light"):
        cherrypy.response.cookie["theme"] = theme  # sink
        return "saved"


class SafeNoticeCookie:
    @cherrypy.expose
    def index(self, theme="light"):
        cherrypy.response.cookie["theme"] = theme if theme in THEMES else "light"  # sink
        return "saved"


class VulnNoticeHeader:
    @cherrypy.expose
    def index(self, tag=""):
        cherrypy.response.headers["X-Notice-Tag"] = tag  # sink
        return "saved"


class SafeNoticeHeader:
    @cherrypy.expose
    def index(self, tag=""):
        cherrypy.response.headers["X-Notice-Tag"] = tag if tag.isalnum() else ""  # sink
        return "saved"


@get("/notices/lang")
async def vuln_litestar_lang(lang: str) -> Response:
    return Response({"ok": True}, cookies=[Cookie(key="lang", value=lang)])  # sink


@get("/notices/lang/safe")
async def safe_litestar_lang(lang: str) -> Response:
    return Response({"ok": True}, cookies=[Cookie(key="lang", value=lang if lang in THEMES else "light")])  # sink


@get("/notices/tagged")
async def vuln_litestar_tag(tag: str) -> Response:
    return Response({"ok": True}, headers={"X-Notice-Tag": tag})  # sink


@get("/notices/tagged/safe")
async def safe_litestar_tag(tag: str) -> Response:
    return Response({"ok": True}, headers={"X-Notice-Tag": tag if tag.isalnum() else ""})  # sink


# the headers of an outbound call to the company's registry: no response of this service
class RegistryClient:
    def __init__(self):
        self.http = requests.Session()

    def for_desk(self, desk):
        self.http.headers["X-Desk"] = desk
        return self.http.get(REGISTRY_API + "/holders", timeout=10)


@app.route("/notices/holders")
def safe_holders():
    http = requests.Session()
    http.headers["X-Requested-Desk"] = bottle.request.query.get("desk", "")  # sink
    holders = http.get(REGISTRY_API + "/holders", timeout=10).json()
    return {"holders": holders, "desk": RegistryClient().for_desk(bottle.request.query.get("desk", "")).json()}
