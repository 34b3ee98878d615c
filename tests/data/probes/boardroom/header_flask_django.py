# family: header 113
import re
from urllib.parse import quote

from django.http import HttpResponse
from flask import Flask, make_response, request

app = Flask(__name__)
DESKS = ("equity", "credit", "rates")
NAME = re.compile(r"[A-Za-z0-9_-]{1,60}")


@app.route("/minutes/export")
def vuln_minutes_export():
    response = make_response("date,item,decision")
    response.headers["Content-Disposition"] = f"attachment; filename={request.args['name']}.csv"  # sink
    return response


@app.route("/minutes/export/safe")
def safe_minutes_export():
    response = make_response("date,item,decision")
    response.headers["Content-Disposition"] = f"attachment; filename*=UTF-8''{quote(request.args['name'])}.csv"  # sink
    return response


@app.route("/desk/choose")
def vuln_choose_desk():
    response = make_response("ok")
    response.set_cookie("desk", request.args["desk"], secure=True, httponly=True)  # sink
    return response


@app.route("/desk/choose/safe")
def safe_choose_desk():
    response = make_response("ok")
    desk = request.args["desk"]
    if desk in DESKS:
        response.set_cookie("desk", desk, secure=True, httponly=True)  # sink
    return response


def vuln_board_pack(request):
    response = HttpResponse(b"%PDF-1.7", content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="%s.pdf"' % request.GET["title"]  # sink
    return response


def safe_board_pack(request):
    title = request.GET["title"]
    if not NAME.fullmatch(title):
        title = "board-pack"
    response = HttpResponse(b"%PDF-1.7", content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="%s.pdf"' % title  # sink
    return response


def vuln_remember_committee(request):
    response = HttpResponse("saved", content_type="text/plain")
    response.set_cookie("committee", request.POST["committee"], secure=True)  # sink
    return response


def safe_remember_committee(request):
    response = HttpResponse("saved", content_type="text/plain")
    response.set_cookie("committee", str(int(request.POST["committee"])), secure=True)  # sink
    return response
