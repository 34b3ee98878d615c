# family: path 22 23 36 73 99
from fastapi import FastAPI

from .core.dto import ExportRequest
from .services.exporting import write_export, write_export_named

api = FastAPI()


@api.post("/exports")
def vuln_export(body: ExportRequest):
    write_export(body, b"...")  # sink
    return {"ok": True}


@api.post("/exports/named")
def safe_export(body: ExportRequest):
    write_export_named(body, b"...")
    return {"ok": True}
