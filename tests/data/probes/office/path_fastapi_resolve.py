# family: path 22 23 36 73 99
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

app = FastAPI()
MANUALS = Path("/srv/office/manuals")


@app.get("/manuals/{name}")
def vuln_manual(name: str):
    return FileResponse(MANUALS / name)  # sink


@app.get("/manuals/safe/{name}")
def safe_manual(name: str):
    target = (MANUALS / name).resolve()
    if not target.is_relative_to(MANUALS):
        raise HTTPException(status_code=404)
    return FileResponse(target)  # sink
