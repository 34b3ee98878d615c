# family: cmd 78
import os
import shlex

from ninja import Router, Schema

router = Router()


class ConvertIn(Schema):
    document: str
    fmt: str = "pdf"


@router.post("/ninja/convert")
def vuln_convert(request, payload: ConvertIn):
    os.system(f"soffice --convert-to {payload.fmt} /srv/gateway/docs/{payload.document}")  # sink
    return {"ok": True}


@router.post("/ninja/convert/safe")
def safe_convert(request, payload: ConvertIn):
    os.system(f"soffice --convert-to pdf /srv/gateway/docs/{shlex.quote(payload.document)}")  # sink
    return {"ok": True}
