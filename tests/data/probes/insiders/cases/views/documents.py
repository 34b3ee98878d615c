# family: path 22 23 36 73 99
import os
from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404, HttpResponse

ROOT = Path(settings.DOCUMENTS_ROOT)


def vuln_case_letter(request, slug):  # <slug:slug> case, ?letter=
    letter = request.GET["letter"]
    return FileResponse(open(ROOT / slug / letter, "rb"), as_attachment=True)  # sink


def safe_case_letter(request, slug):  # <slug:slug> case, ?letter=
    path = (ROOT / slug / request.GET["letter"]).resolve()
    if not path.is_relative_to(ROOT.resolve()):
        raise Http404("no such letter")
    return FileResponse(open(path, "rb"), as_attachment=True)  # sink


def vuln_policy_text(request):
    path = os.path.normpath(os.path.join(settings.DOCUMENTS_ROOT, "policies", request.GET["policy"]))
    with open(path, encoding="utf-8") as handle:  # sink
        return HttpResponse(handle.read(), content_type="text/plain")


def safe_policy_text(request):
    base = os.path.join(settings.DOCUMENTS_ROOT, "policies")
    path = os.path.normpath(os.path.join(base, request.GET["policy"]))
    if os.path.commonpath([base, path]) != base:
        raise Http404("no such policy")
    with open(path, encoding="utf-8") as handle:  # sink
        return HttpResponse(handle.read(), content_type="text/plain")


def vuln_read_export(request, name):  # <str:name>
    return HttpResponse(Path("/srv/insiders/exports", name).read_bytes(), content_type="text/csv")  # sink


def safe_read_export(request, number):  # <int:number>
    return HttpResponse(Path("/srv/insiders/exports", f"{number}.csv").read_bytes(), content_type="text/csv")  # sink
