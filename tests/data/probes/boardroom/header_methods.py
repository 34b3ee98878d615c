# family: header 113
import requests
from aiohttp import web
from flask import Flask, make_response, request
from starlette.responses import JSONResponse

app = Flask(__name__)
DESKS = ("equity", "credit")
MEMBERS_API = "https://members.internal.example/api"


# werkzeug's Headers.update/extend, Starlette's MutableHeaders.append/update, aiohttp's CIMultiDict.add
@app.route("/agenda/tag")
def vuln_agenda_tag():
    response = make_response("ok")
    response.headers.update({"X-Agenda-Tag": request.args["tag"]})  # sink
    return response


@app.route("/agenda/tag/safe")
def safe_agenda_tag():
    tag = request.args["tag"]
    response = make_response("ok")
    response.headers.update({"X-Agenda-Tag": tag if tag.isalnum() else "-"})  # sink
    return response


async def vuln_starlette_tag(request):
    response = JSONResponse({"ok": True})
    response.headers.append("X-Agenda-Tag", request.query_params["tag"])  # sink
    return response


async def safe_starlette_tag(request):
    tag = request.query_params["tag"]
    response = JSONResponse({"ok": True})
    response.headers.append("X-Agenda-Tag", tag if tag in DESKS else "-")  # sink
    return response


async def vuln_aio_tag(request):
    response = web.json_response({"ok": True})
    response.headers.add("X-Agenda-Tag", request.query["tag"])  # sink
    return response


async def safe_aio_tag(request):
    tag = request.query["tag"]
    response = web.json_response({"ok": True})
    response.headers.add("X-Agenda-Tag", tag if tag in DESKS else "-")  # sink
    return response


# an outbound client's default headers: sent to the members service, not to a browser
@app.route("/agenda/members")
def safe_members():
    http = requests.Session()
    http.headers.update({"X-Desk": request.args["desk"]})  # sink
    return {"members": http.get(MEMBERS_API + "/members", timeout=10).json()}
