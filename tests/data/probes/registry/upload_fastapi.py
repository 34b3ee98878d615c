# family: upload 434
from pathlib import Path

from fastapi import FastAPI, HTTPException, UploadFile

api = FastAPI()
STORE = Path("/srv/registry/evidence")
ALLOWED = {"application/pdf", "text/csv"}


@api.post("/evidence")
async def vuln_store(upload: UploadFile):
    target = STORE / Path(upload.filename).name
    target.write_bytes(await upload.read())  # sink
    return {"stored": target.name}


@api.post("/evidence2")
async def safe_store(upload: UploadFile):
    if upload.content_type not in ALLOWED or Path(upload.filename).suffix.lower() not in {".pdf", ".csv"}:
        raise HTTPException(status_code=400)
    target = STORE / Path(upload.filename).name
    target.write_bytes(await upload.read())  # sink
    return {"stored": target.name}
