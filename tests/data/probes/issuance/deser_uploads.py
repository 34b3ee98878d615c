# family: deser 502
import base64
import json
import pickle
from typing import Annotated

import yaml
from fastapi import APIRouter, File, Header, Request, UploadFile

router = APIRouter(prefix="/imports", tags=["imports"])


@router.post("/book")
async def vuln_pickle_upload(file: Annotated[UploadFile, File()]):
    book = pickle.loads(await file.read())  # sink
    return {"orders": len(book)}


@router.post("/book/json")
async def safe_json_upload(file: Annotated[UploadFile, File()]):
    book = json.loads(await file.read())  # sink
    return {"orders": len(book)}


@router.post("/terms")
async def vuln_yaml_body(request: Request):
    terms = yaml.load(await request.body(), Loader=yaml.Loader)  # sink
    return {"keys": list(terms)}


@router.post("/terms/safe")
async def safe_yaml_body(request: Request):
    terms = yaml.safe_load(await request.body())  # sink
    return {"keys": list(terms)}


@router.get("/state")
async def vuln_header_state(x_state: Annotated[str, Header()]):
    state = pickle.loads(base64.b64decode(x_state))  # sink
    return {"step": state["step"]}


@router.get("/state/json")
async def safe_header_state(x_state: Annotated[str, Header()]):
    state = json.loads(base64.b64decode(x_state))  # sink
    return {"step": state["step"]}
