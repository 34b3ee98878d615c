# family: path 22 23 36 73 99
import uuid
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
STORE = Path("/var/lib/exports")


@app.get("/exports/{export_name}")
async def vuln_export(export_name: str):
    return FileResponse(STORE / export_name)  # sink


@app.get("/exports/id/{export_id}")
async def safe_export(export_id: str):
    key = uuid.UUID(export_id)
    return FileResponse(STORE / f"{key}.csv")  # sink


@app.get("/exports/text/{export_name}")
async def vuln_export_text(export_name: str):
    return {"body": (STORE / export_name).read_text()}  # sink
