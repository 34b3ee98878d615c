# family: ssrf 918
from urllib.parse import urlparse

import grpc
import httpx

from .proto import alerts_pb2, alerts_pb2_grpc

CALLBACK_HOSTS = frozenset({"alerts.partner-a.example", "notify.partner-b.example"})


class VulnAlertService(alerts_pb2_grpc.AlertServiceServicer):
    async def Register(self, request, context):
        response = httpx.post(request.callback_url, json={"client": request.client_id}, timeout=5)  # sink
        return alerts_pb2.Registered(status=response.status_code)


class SafeAlertService(alerts_pb2_grpc.AlertServiceServicer):
    async def Register(self, request, context):
        if urlparse(request.callback_url).hostname not in CALLBACK_HOSTS:
            await context.abort(grpc.StatusCode.INVALID_ARGUMENT, "callback host not allowed")
            return alerts_pb2.Registered(status=400)
        response = httpx.post(request.callback_url, json={"client": request.client_id}, timeout=5)
        return alerts_pb2.Registered(status=response.status_code)
