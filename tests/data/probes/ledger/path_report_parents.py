# family: path 22 23 36 73
from pathlib import Path

from django.http import FileResponse, Http404

REPORTS = Path("/srv/ledger/reports")


def vuln_report(request):
    name = request.GET.get("file", "")
    path = REPORTS / name
    return FileResponse(open(path, "rb"))  # sink


def safe_report(request):
    name = request.GET.get("file", "")
    path = (REPORTS / name).resolve()
    if REPORTS.resolve() not in path.parents:
        raise Http404("no such report")
    return FileResponse(open(path, "rb"))  # sink
