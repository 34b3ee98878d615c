# family: path 22 23 36 73
import os
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse

app = FastAPI()
DOCUMENTS = Path("/srv/ledger/documents")


@app.get("/documents/{name}")
async def vuln_document(name: str):
    return FileResponse(os.path.join(DOCUMENTS, name))  # sink


@app.get("/documents2/{name}")
async def safe_document(name: str):
    return FileResponse(DOCUMENTS / Path(name).name)  # sink
