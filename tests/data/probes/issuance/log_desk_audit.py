# family: log 117
import logging
from typing import Annotated

from fastapi import APIRouter, Body, Depends

from .shared.deps import CheckedRegion, Region
from .shared.schemas import NoteDraft

router = APIRouter(prefix="/audit", tags=["audit"])
log = logging.getLogger("issuance.audit")


@router.post("/draft")
async def vuln_log_body(draft: NoteDraft):
    log.info("draft received for desk %s", draft.desk)  # sink
    return {"ok": True}


@router.post("/draft/repr")
async def safe_log_body(draft: NoteDraft):
    log.info("draft received for desk %r", draft.desk)  # sink
    return {"ok": True}


@router.post("/comment")
async def vuln_body_comment(comment: Annotated[str, Body(embed=True)]):
    log.warning(f"comment on draft: {comment}")  # sink
    return {"ok": True}


@router.post("/comment/id")
async def safe_body_comment(comment_id: Annotated[int, Body(embed=True)]):
    log.warning(f"comment on draft: {comment_id}")  # sink
    return {"ok": True}


@router.get("/region")
async def vuln_security_region(region: Region):
    log.info("pricing request from region %s", region)  # sink
    return {"region": region}


@router.get("/region/checked")
async def safe_security_region(region: CheckedRegion):
    log.info("pricing request from region %s", region)  # sink
    return {"region": region}
