# family: header 113
import tornado.web
from sanic import Sanic
from sanic.response import json, text

app = Sanic("boardroom-headers")
VIEWS = ("compact", "full")


class VulnViewHeader(tornado.web.RequestHandler):
    def get(self):
        self.set_header("X-Board-View", self.get_argument("view"))  # sink
        self.write({"ok": True})


class SafeViewHeader(tornado.web.RequestHandler):
    def get(self):
        view = self.get_argument("view")
        self.set_header("X-Board-View", view if view in VIEWS else "compact")  # sink
        self.write({"ok": True})


class VulnLinkHeader(tornado.web.RequestHandler):
    def get(self, item):
        self.add_header("Link", "</items/%s>; rel=preload" % item)  # sink
        self.write({"ok": True})


class SafeLinkHeader(tornado.web.RequestHandler):
    def get(self, item):
        self.add_header("Link", "</items/%d>; rel=preload" % int(item))  # sink
        self.write({"ok": True})


class VulnViewCookie(tornado.web.RequestHandler):
    def get(self):
        self.set_cookie("view", self.get_argument("view"), secure=True)  # sink
        self.write({"ok": True})


class SafeViewCookie(tornado.web.RequestHandler):
    def get(self):
        view = self.get_argument("view")
        self.set_cookie("view", view if view in VIEWS else "compact", secure=True)  # sink
        self.write({"ok": True})


@app.get("/filings/view")
async def vuln_sanic_view(request):
    response = text("ok")
    response.add_cookie("view", request.args.get("view", "compact"), secure=True)  # sink
    return response


@app.get("/filings/view/safe")
async def safe_sanic_view(request):
    view = request.args.get("view", "compact")
    response = text("ok")
    response.add_cookie("view", view if view in VIEWS else "compact", secure=True)  # sink
    return response


@app.get("/filings/export")
async def vuln_sanic_export(request):
    response = json({"rows": []})
    response.headers["Content-Disposition"] = "attachment; filename=" + request.args.get("name", "x")  # sink
    return response


@app.get("/filings/export/safe")
async def safe_sanic_export(request):
    name = request.args.get("name", "x")
    response = json({"rows": []})
    response.headers["Content-Disposition"] = "attachment; filename=" + (name if name.isalnum() else "x")  # sink
    return response
