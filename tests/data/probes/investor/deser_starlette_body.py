# family: deser 502
import base64
import json
import pickle

import yaml
from starlette.requests import Request
from starlette.responses import JSONResponse


async def vuln_restore_view(request: Request):
    state = pickle.loads(base64.b64decode(request.cookies.get("view_state", "")))  # sink
    return JSONResponse({"columns": state.get("columns", [])})


async def safe_restore_view(request: Request):
    state = json.loads(base64.b64decode(request.cookies.get("view_state", "")))  # sink
    return JSONResponse({"columns": state.get("columns", [])})


async def vuln_import_calendar(request: Request):
    body = await request.body()
    return JSONResponse({"events": len(yaml.load(body, Loader=yaml.UnsafeLoader))})  # sink


async def safe_import_calendar(request: Request):
    body = await request.body()
    return JSONResponse({"events": len(yaml.safe_load(body))})  # sink
