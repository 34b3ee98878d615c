# family: import 470 94
import pydoc

from django.http import JsonResponse
from django.utils.module_loading import import_string
from flask import Flask, request
from werkzeug.utils import import_string as load_object

app = Flask(__name__)
SCREENS = {"restricted": "wallcross.screens.RestrictedList", "grey": "wallcross.screens.GreyList"}


def vuln_screen(request):
    screen = import_string(request.GET["screen"])  # sink
    return JsonResponse({"hits": screen().run()})


def safe_screen(request):
    screen = import_string(SCREENS.get(request.GET["screen"], SCREENS["restricted"]))  # sink
    return JsonResponse({"hits": screen().run()})


@app.get("/exporter")
def vuln_exporter():
    exporter = load_object(request.args["exporter"])  # sink
    return exporter().export()


@app.get("/exporter/safe")
def safe_exporter():
    name = request.args["exporter"]
    if name not in ("csv", "xlsx"):
        return "unknown", 400
    exporter = load_object(f"wallcross.exporters.{name}")  # sink
    return exporter().export()


@app.get("/formatter")
def vuln_formatter():
    formatter = pydoc.locate(request.args["formatter"])  # sink
    return formatter(request.args["value"])


@app.get("/formatter/safe")
def safe_formatter():
    formatter = pydoc.locate("wallcross.formatting.plain")  # sink
    return formatter(request.args["value"])
