"""Base views of the web layer: what every mandate view reads from the request."""

import logging

from django.views import View

from ..common.config import DEFAULT_DESK

audit = logging.getLogger("mandates.audit")


class ClientScopedView(View):
    def dispatch(self, request, *args, **kwargs):
        self.client = request.GET.get("client", "")
        self.desk = DEFAULT_DESK
        return super().dispatch(request, *args, **kwargs)


class AuditedHandler:
    def __init__(self, request):
        self.request = request
        self.actor = request.headers.get("X-Actor", "")
        self.channel = "web"

    def audit(self, message, *args):
        audit.info(message, *args)
