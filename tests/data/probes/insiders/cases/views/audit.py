# family: log 117
import logging

from django.http import HttpResponse

logger = logging.getLogger(__name__)


def vuln_log_search(request):
    logger.info("insider search for %s", request.GET.get("q", ""))  # sink
    return HttpResponse(status=204)


def safe_log_search(request):
    logger.info("insider search for %r", request.GET.get("q", ""))
    return HttpResponse(status=204)


def safe_log_case(request, pk):  # <int:pk>
    logger.info("case %s opened by %s", pk, request.user.pk)
    return HttpResponse(status=204)


def vuln_log_agent(request):
    logger.warning("export from agent " + request.headers.get("User-Agent", ""))  # sink
    return HttpResponse(status=204)
