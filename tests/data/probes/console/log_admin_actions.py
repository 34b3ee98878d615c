# family: log 117
import logging

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import JsonResponse
from django.views import View

logger = logging.getLogger("console.audit")


class AuditMixin:
    def audit(self, action, detail):
        logger.info("console %s by %s: %s", action, self.request.user.username, detail)  # sink


class VulnCloseBreach(LoginRequiredMixin, AuditMixin, View):
    def post(self, request, pk):
        self.audit("close", request.POST.get("reason", ""))  # sink
        return JsonResponse({"closed": pk})


class SafeCloseBreach(LoginRequiredMixin, AuditMixin, View):
    def post(self, request, pk):
        self.audit("close", repr(request.POST.get("reason", "")))  # sink
        return JsonResponse({"closed": pk})


def vuln_reopen(request, pk):
    logger.warning("breach %s reopened, ticket %s", pk, request.headers.get("X-Ticket"), extra={"pk": pk})  # sink
    return JsonResponse({"reopened": pk})


def safe_reopen(request, pk):
    ticket = request.headers.get("X-Ticket", "")
    if not ticket.isdigit():
        ticket = "none"
    logger.warning("breach %s reopened, ticket %s", pk, ticket, extra={"pk": pk})  # sink
    return JsonResponse({"reopened": pk})
