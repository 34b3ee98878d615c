# family: path 22 23 36 73 99
import os

import bottle
import falcon
import tornado.web
from django.http import FileResponse
from pyramid.response import FileResponse as PyramidFileResponse
from pyramid.view import view_config
from sanic import Sanic
from sanic.response import file_stream

PAPERS = "/srv/board/papers"
app = Sanic("boardroom-files")
bapp = bottle.Bottle()


def inside(base, name):
    path = os.path.realpath(os.path.join(base, name))
    return path if path.startswith(base + os.sep) else None


def vuln_django_paper(request):
    return FileResponse(open(os.path.join(PAPERS, request.GET["paper"]), "rb"))  # sink


def safe_django_paper(request):
    return FileResponse(open(os.path.join(PAPERS, os.path.basename(request.GET["paper"])), "rb"))  # sink


class VulnFalconPaper:
    def on_get(self, req, resp, paper):
        resp.content_type = "application/pdf"
        resp.stream = open(os.path.join(PAPERS, paper), "rb")  # sink


class SafeFalconPaper:
    def on_get(self, req, resp, paper):
        resp.content_type = "application/pdf"
        resp.stream = open(os.path.join(PAPERS, os.path.basename(paper)), "rb")  # sink


fapp = falcon.App()
fapp.add_route("/papers/{paper}", VulnFalconPaper())
fapp.add_route("/papers/safe/{paper}", SafeFalconPaper())


class VulnTornadoPaper(tornado.web.RequestHandler):
    def get(self, paper):
        with open(os.path.join(PAPERS, paper), "rb") as handle:  # sink
            self.set_header("Content-Type", "application/pdf")
            self.write(handle.read())


class SafeTornadoPaper(tornado.web.RequestHandler):
    def get(self, paper):
        path = inside(PAPERS, paper)
        if path is None:
            raise tornado.web.HTTPError(404)
        with open(path, "rb") as handle:  # sink
            self.set_header("Content-Type", "application/pdf")
            self.write(handle.read())


@app.get("/papers/stream")
async def vuln_sanic_stream(request):
    return await file_stream(os.path.join(PAPERS, request.args.get("paper", "")))  # sink


@app.get("/papers/stream/safe")
async def safe_sanic_stream(request):
    return await file_stream(os.path.join(PAPERS, os.path.basename(request.args.get("paper", ""))))  # sink


@view_config(route_name="paper")
def vuln_pyramid_paper(request):
    return PyramidFileResponse(os.path.join(PAPERS, request.matchdict["paper"]), request=request)  # sink


@view_config(route_name="paper_safe")
def safe_pyramid_paper(request):
    return PyramidFileResponse(os.path.join(PAPERS, os.path.basename(request.matchdict["paper"])), request=request)  # sink


# static_file(name, root) refuses a name that leaves root; the root is what must be the code's
@bapp.route("/papers/<committee>/<paper>")
def vuln_bottle_paper(committee, paper):
    return bottle.static_file(paper, root=os.path.join(PAPERS, committee))  # sink


@bapp.route("/papers/safe/<committee>/<paper>")
def safe_bottle_paper(committee, paper):
    return bottle.static_file(os.path.join(committee, paper), root=PAPERS)  # sink
