# family: path 22 23 36 73 99
from pathlib import Path

from fastapi import FastAPI, HTTPException
from fastapi.responses import FileResponse

from .checks import UPLOADS, looks_like_upload, within_uploads

app = FastAPI()


@app.get("/uploads/view")
def vuln_view_upload(name: str):
    path = UPLOADS / name
    if not looks_like_upload(path):
        raise HTTPException(status_code=404)
    return FileResponse(path)  # sink


@app.get("/uploads/view2")
def safe_view_upload(name: str):
    path = UPLOADS / name
    if not within_uploads(path):
        raise HTTPException(status_code=404)
    return FileResponse(path)  # sink
