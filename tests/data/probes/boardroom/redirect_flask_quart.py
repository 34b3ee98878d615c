# family: redirect 601
from flask import Flask, redirect, request, url_for
from quart import Quart
from quart import redirect as quart_redirect
from quart import request as quart_request

app = Flask(__name__)
qapp = Quart(__name__)


@app.route("/board/after-login")
def vuln_after_login():
    return redirect(request.args.get("next", "/board"))  # sink


@app.route("/board/after-login/safe")
def safe_after_login():
    target = request.args.get("next", "/board")
    if not target.startswith("/") or target.startswith("//") or "\\" in target:
        target = "/board"
    return redirect(target)  # sink


# the Location header set by hand on a response
@app.route("/board/papers/moved")
def vuln_papers_moved():
    response = app.make_response(("", 302))
    response.headers["Location"] = request.args["to"]  # sink
    return response


PAPER_PAGES = {"agenda": "/board/agenda", "minutes": "/board/minutes"}


@app.route("/board/papers/moved/safe")
def safe_papers_moved():
    response = app.make_response(("", 302))
    response.headers["Location"] = PAPER_PAGES.get(request.args["to"], "/board")  # sink
    return response


@qapp.route("/board/meeting/<meeting>/leave")
async def vuln_leave_meeting(meeting):
    return quart_redirect(quart_request.args.get("back", "/board"))  # sink


@qapp.route("/board/meeting/<meeting>/leave/safe")
async def safe_leave_meeting(meeting):
    return quart_redirect(url_for("meeting", meeting=meeting))  # sink


# a project class with a redirect method of its own: it records a breadcrumb, sends nobody anywhere
class Breadcrumbs:
    def __init__(self):
        self.trail = []

    def redirect(self, page):
        self.trail.append(page)


@app.route("/board/trail")
def safe_trail():
    crumbs = Breadcrumbs()
    crumbs.redirect(request.args["page"])  # sink
    return {"trail": crumbs.trail}
