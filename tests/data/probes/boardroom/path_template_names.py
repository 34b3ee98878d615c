# family: path 22 23 36 73 99
import tornado.web
from django.http import HttpResponse
from fastapi import FastAPI, Request
from fastapi.templating import Jinja2Templates
from mako.lookup import TemplateLookup

api = FastAPI()
templates = Jinja2Templates(directory="templates")
letters = TemplateLookup(directories=["/srv/board/letters"])
LETTERS = {"invite": "invite.mako", "apology": "apology.mako"}


# tornado's template loader joins the name under its root and opens it: "../../etc/passwd" leaves the root
class VulnTornadoLetter(tornado.web.RequestHandler):
    def get(self):
        self.render(self.get_argument("letter") + ".html", director="Chair")  # sink


class SafeTornadoLetter(tornado.web.RequestHandler):
    def get(self):
        self.render("letter.html", director="Chair", letter=self.get_argument("letter"))  # sink


class VulnTornadoSnippet(tornado.web.RequestHandler):
    def get(self):
        snippet = self.render_string(self.get_argument("snippet"), director="Chair")  # sink
        self.write({"snippet": snippet.decode()})


class SafeTornadoSnippet(tornado.web.RequestHandler):
    def get(self):
        snippet = self.render_string("snippet.html", director="Chair", snippet=self.get_argument("snippet"))  # sink
        self.write({"snippet": snippet.decode()})


# mako's TemplateLookup normalises the joined path without checking it stays in its directories
def vuln_mako_letter(request):
    return HttpResponse(letters.get_template(request.GET["letter"]).render(director="Chair"))  # sink


def safe_mako_letter(request):
    return HttpResponse(letters.get_template(LETTERS.get(request.GET["letter"], "invite.mako")).render(director="Chair"))  # sink


# Jinja's loaders refuse a template name with ".." in it: the name chooses among the app's templates only
@api.get("/letters/{letter}")
async def safe_jinja_letter(request: Request, letter: str):
    return templates.TemplateResponse(request, letter + ".html", {"director": "Chair"})  # sink
