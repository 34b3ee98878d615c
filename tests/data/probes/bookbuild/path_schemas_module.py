# family: path 22 23 36 73 99
import os

from fastapi import FastAPI
from fastapi.responses import FileResponse
from flask import Flask, request, send_file

from .schemas import Allocation

app = Flask(__name__)
api = FastAPI()
NOTICES = "/srv/book/notices"


@app.post("/notices/investor")
def vuln_remote_str():
    alloc = Allocation.model_validate(request.get_json())
    return send_file(os.path.join(NOTICES, f"{alloc.investor_name}.pdf"))  # sink


@app.post("/notices/allocation")
def safe_remote_int():
    alloc = Allocation.model_validate(request.get_json())
    return send_file(os.path.join(NOTICES, f"{alloc.allocation_id}.pdf"))  # sink


@app.post("/notices/desk")
def safe_remote_validator():
    alloc = Allocation.model_validate(request.get_json())
    return send_file(os.path.join(NOTICES, alloc.desk, "allocations.pdf"))  # sink


@app.post("/notices/dated")
def safe_remote_annotated():
    alloc = Allocation(**request.get_json())
    return send_file(os.path.join(NOTICES, str(alloc.trade_date), f"{alloc.lots}.pdf"))  # sink


@api.post("/api/notices/investor")
def vuln_fastapi_remote(alloc: Allocation):
    return FileResponse(os.path.join(NOTICES, alloc.investor_name + ".pdf"))  # sink


@api.post("/api/notices/desk")
def safe_fastapi_remote(alloc: Allocation):
    return FileResponse(os.path.join(NOTICES, alloc.desk + ".pdf"))  # sink


@api.post("/api/notices/lots")
async def safe_fastapi_async(alloc: Allocation):
    return FileResponse(os.path.join(NOTICES, f"{alloc.lots}-{alloc.allocation_id}.pdf"))  # sink
