# family: path 22 23 36 73 99
from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

from .support.checks import FileNameRule

app = FastAPI()
DOCS = "/srv/desk/documents"
document_name = FileNameRule()


@app.get("/documents/{name}")
async def vuln_document(name: str):
    return FileResponse(f"{DOCS}/{name}")  # sink


@app.get("/documents/safe/{name}")
async def safe_document(name: str):
    try:
        name = document_name(name)
    except ValueError:
        raise HTTPException(status_code=404)
    return FileResponse(f"{DOCS}/{name}")  # sink
