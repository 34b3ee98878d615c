# family: log 117
from flask import Blueprint, request

from .web.base import AuditedHandler

bp = Blueprint("audit", __name__)


class VulnMandateApproval(AuditedHandler):
    def approve(self, mandate_id: int):
        self.audit("mandate %d approved by %s", mandate_id, self.actor)  # sink
        return {"ok": True}


class SafeMandateApproval(AuditedHandler):
    def approve(self, mandate_id: int):
        self.audit("mandate %d approved via %s", mandate_id, self.channel)
        return {"ok": True}


@bp.post("/mandates/<int:mandate_id>/approve")
def approve(mandate_id: int):
    return VulnMandateApproval(request).approve(mandate_id)
