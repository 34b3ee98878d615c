# family: log 117
import logging

from django.http import HttpResponse

audit = logging.getLogger("office.audit")


def vuln_badge_scan(request):
    badge = request.POST["badge"]
    audit.warning("badge scanned at door: " + badge)  # sink
    return HttpResponse("ok")


def safe_badge_scan(request):
    badge = request.POST["badge"]
    if not badge.isdigit():
        return HttpResponse("bad badge", status=400)
    audit.warning("badge scanned at door: " + badge)  # sink
    return HttpResponse("ok")
