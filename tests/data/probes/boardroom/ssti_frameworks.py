# family: ssti 1336 94
import aiohttp_jinja2
import bottle
import tornado.template
import tornado.web
from chameleon import PageTemplate
from django.template import engines
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pyramid.renderers import render
from pyramid.view import view_config

api = FastAPI()
templates = Jinja2Templates(directory="templates")
bapp = bottle.Bottle()


@api.post("/notices/preview", response_class=HTMLResponse)
async def vuln_notice_preview(request: Request):
    form = await request.form()
    return templates.env.from_string(form["body"]).render(company="Example plc")  # sink


@api.post("/notices/preview/safe", response_class=HTMLResponse)
async def safe_notice_preview(request: Request):
    form = await request.form()
    return templates.get_template("notice.html").render(company="Example plc", body=form["body"])  # sink


async def vuln_aio_greeting(request):
    env = aiohttp_jinja2.get_env(request.app)
    text = env.from_string(request.query.get("greeting", "")).render(holder="shareholder")  # sink
    return aiohttp_jinja2.web.Response(text=text)


async def safe_aio_greeting(request):
    env = aiohttp_jinja2.get_env(request.app)
    text = env.get_template("greeting.html").render(holder="shareholder", greeting=request.query.get("greeting", ""))  # sink
    return aiohttp_jinja2.web.Response(text=text)


class VulnTornadoCard(tornado.web.RequestHandler):
    def post(self):
        card = tornado.template.Template(self.get_body_argument("card"))  # sink
        self.finish(card.generate(director="Chair"))


class SafeTornadoCard(tornado.web.RequestHandler):
    def post(self):
        self.render("card.html", director="Chair", card=self.get_body_argument("card"))  # sink


@bapp.post("/notices/sign")
def vuln_bottle_sign():
    return bottle.template(bottle.request.forms.get("signature", ""), director="Chair")  # sink


@bapp.post("/notices/sign/safe")
def safe_bottle_sign():
    return bottle.template("signature", director="Chair", signature=bottle.request.forms.get("signature", ""))  # sink


def vuln_django_banner(request):
    banner = engines["django"].from_string(request.POST["banner"])  # sink
    return banner.render({"company": "Example plc"}, request)


def safe_django_banner(request):
    banner = engines["django"].get_template("banner.html")  # sink
    return banner.render({"company": "Example plc", "banner": request.POST["banner"]}, request)


# Chameleon (Pyramid's page templates) compiles the text it is given: ${...} runs Python
@view_config(route_name="cover", renderer="string")
def vuln_pyramid_cover(request):
    return PageTemplate(request.POST["cover"])(company="Example plc")  # sink


@view_config(route_name="cover_safe", renderer="string")
def safe_pyramid_cover(request):
    return render("templates/cover.pt", {"company": "Example plc", "cover": request.POST["cover"]}, request)  # sink
