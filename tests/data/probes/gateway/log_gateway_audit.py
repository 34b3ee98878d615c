# family: log 117
import logging

import falcon
from sanic import Sanic
from sanic.response import json

from .backend import audit

log = logging.getLogger("gateway.audit")
app = Sanic("gateway_sanic_audit")


class VulnCancelOrder:
    def on_post(self, req, resp, order_id):
        log.warning(f"order {order_id} cancelled by {req.get_header('X-Actor')}")  # sink
        resp.status = falcon.HTTP_204


class SafeCancelOrder:
    def on_post(self, req, resp, order_id):
        log.warning("order %r cancelled by %r", order_id, req.get_header("X-Actor"))  # sink
        resp.status = falcon.HTTP_204


@app.post("/sanic/orders/cancel")
async def vuln_cancel(request):
    audit(request.cookies.get("actor"), "cancel")  # sink
    return json({"ok": True})


@app.post("/sanic/orders/cancel/safe")
async def safe_cancel(request):
    actor = request.cookies.get("actor", "")
    if not actor.isalnum():
        return json({"ok": False}, status=400)
    audit(actor, "cancel")  # sink
    return json({"ok": True})
