# family: logsecret 532
import logging
import secrets

from django.http import JsonResponse

logger = logging.getLogger("dealroom.access")


def vuln_issue_viewer_link(request):
    token = secrets.token_urlsafe(32)
    logger.info("viewer link for %s issued with %s", request.user.username, token)  # sink
    return JsonResponse({"link": f"/view/{token}"})


def safe_issue_viewer_link(request):
    token = secrets.token_urlsafe(32)
    logger.info("viewer link for %s issued", request.user.username)  # sink
    return JsonResponse({"link": f"/view/{token}"})
