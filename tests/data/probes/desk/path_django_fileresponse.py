# family: path 22 23 36 73 99
import os

from django.http import FileResponse, Http404

STATEMENTS = "/srv/desk/statements"


def vuln_statement(request):
    name = request.GET["file"]
    return FileResponse(open(os.path.join(STATEMENTS, name), "rb"))  # sink


def safe_statement(request):
    name = request.GET["file"]
    if "/" in name or "\\" in name or name.startswith("."):
        raise Http404("no such statement")
    return FileResponse(open(os.path.join(STATEMENTS, name), "rb"))  # sink
