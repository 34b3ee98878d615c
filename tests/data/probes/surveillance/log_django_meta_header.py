# family: log 117
import logging

from django.http import JsonResponse

logger = logging.getLogger(__name__)
DESKS = ("equities", "rates", "fx")


def vuln_audit_view(request):
    desk = request.META.get("HTTP_X_DESK", "none")
    logger.warning(f"restricted list viewed by desk {desk}")  # sink
    return JsonResponse({"ok": True})


def safe_audit_view(request):
    desk = request.META.get("HTTP_X_DESK", "none")
    desk = desk if desk in DESKS else "other"
    logger.warning(f"restricted list viewed by desk {desk}")  # sink
    return JsonResponse({"ok": True})
