# family: timing 208 385
import hashlib
import hmac
import os

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()
HOOK_KEY = os.environ["DATAROOM_HOOK_KEY"].encode()


@app.post("/hooks/vdr")
async def vuln_vdr_hook(request: Request, x_vdr_signature: str = Header()):
    expected = hmac.new(HOOK_KEY, await request.body(), hashlib.sha256).hexdigest()
    if expected != x_vdr_signature:  # sink
        raise HTTPException(status_code=403)
    return {"ok": True}


@app.post("/hooks/vdr2")
async def safe_vdr_hook(request: Request, x_vdr_signature: str = Header()):
    expected = hmac.new(HOOK_KEY, await request.body(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, x_vdr_signature):  # sink
        raise HTTPException(status_code=403)
    return {"ok": True}
