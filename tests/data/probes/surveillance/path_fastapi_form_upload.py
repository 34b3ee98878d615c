# family: path 22 23 36 73 99
from pathlib import Path

from fastapi import FastAPI, Form, UploadFile

app = FastAPI()
EVIDENCE = Path("/srv/surveillance/evidence")


@app.post("/evidence")
async def vuln_store_evidence(upload: UploadFile, label: str = Form()):
    (EVIDENCE / label).write_bytes(await upload.read())  # sink
    return {"stored": label}


@app.post("/evidence2")
async def safe_store_evidence(upload: UploadFile, label: str = Form()):
    target = (EVIDENCE / label).resolve()
    if not target.is_relative_to(EVIDENCE):
        return {"error": "bad label"}
    target.write_bytes(await upload.read())  # sink
    return {"stored": label}
