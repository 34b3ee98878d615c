# family: path 22 23 36 73 99
import os

from django.http import HttpResponse, HttpResponseBadRequest

CHECKLISTS = "/srv/onboarding/checklists"


def vuln_checklist(request):
    kind = request.GET.get("kind", "individual")
    if not kind.islower():
        return HttpResponseBadRequest("bad checklist")
    with open(os.path.join(CHECKLISTS, kind + ".md"), encoding="utf-8") as fh:  # sink
        return HttpResponse(fh.read(), content_type="text/plain")


def safe_checklist(request):
    kind = request.GET.get("kind", "individual")
    if not kind.isidentifier():
        return HttpResponseBadRequest("bad checklist")
    with open(os.path.join(CHECKLISTS, kind + ".md"), encoding="utf-8") as fh:  # sink
        return HttpResponse(fh.read(), content_type="text/plain")
