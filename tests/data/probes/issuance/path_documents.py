# family: path 22 23 36 73 99
import os
import uuid
from pathlib import Path as FsPath
from typing import Annotated

import aiofiles
import anyio
from fastapi import APIRouter, Depends, File, Header, HTTPException, Path, UploadFile
from fastapi.responses import FileResponse, StreamingResponse

router = APIRouter(prefix="/documents", tags=["documents"])
UPLOADS = "/srv/issuance/uploads"
DOCS = FsPath("/srv/issuance/docs")
FOLDERS = frozenset({"drafts", "final", "withdrawn"})


async def iter_file(path: str):
    async with aiofiles.open(path, "rb") as f:  # sink
        while chunk := await f.read(65536):
            yield chunk


def known_folder(x_folder: Annotated[str, Header()]) -> str:
    if x_folder not in FOLDERS:
        raise HTTPException(404, "unknown folder")
    return x_folder


@router.post("/upload")
async def vuln_upload_name(file: Annotated[UploadFile, File()]):
    async with aiofiles.open(os.path.join(UPLOADS, file.filename), "wb") as out:  # sink
        await out.write(await file.read())
    return {"saved": file.filename}


@router.post("/upload/renamed")
async def safe_upload_name(file: Annotated[UploadFile, File()]):
    stored = f"{uuid.uuid4().hex}.pdf"
    async with aiofiles.open(os.path.join(UPLOADS, stored), "wb") as out:  # sink
        await out.write(await file.read())
    return {"saved": stored}


@router.get("/text/{name}")
async def vuln_anyio_read(name: Annotated[str, Path()]):
    return {"text": await (anyio.Path(DOCS) / name).read_text()}  # sink


@router.get("/text/checked/{name}")
async def safe_anyio_read(name: Annotated[str, Path(pattern=r"^[a-z0-9_-]+\.txt$")]):
    return {"text": await (anyio.Path(DOCS) / name).read_text()}  # sink


@router.get("/pdf/{doc}")
async def vuln_file_response(doc: Annotated[str, Path()]):
    return FileResponse(DOCS / doc, media_type="application/pdf")  # sink


@router.get("/pdf/checked/{doc}")
async def safe_file_response(doc: Annotated[str, Path()]):
    target = (DOCS / doc).resolve()
    if not target.is_relative_to(DOCS):
        raise HTTPException(404)
    return FileResponse(target, media_type="application/pdf")  # sink


@router.get("/manifest")
async def vuln_header_folder(x_folder: Annotated[str, Header()]):
    async with aiofiles.open(f"{UPLOADS}/{x_folder}/manifest.json") as f:  # sink
        return {"manifest": await f.read()}


@router.get("/manifest/checked")
async def safe_header_folder(folder: Annotated[str, Depends(known_folder)]):
    async with aiofiles.open(f"{UPLOADS}/{folder}/manifest.json") as f:  # sink
        return {"manifest": await f.read()}


@router.get("/stream/{name}")
async def vuln_stream(name: Annotated[str, Path()]):
    return StreamingResponse(iter_file(os.path.join(UPLOADS, name)), media_type="application/octet-stream")


@router.get("/stream/checked/{name}")
async def safe_stream(name: Annotated[str, Path()]):
    return StreamingResponse(iter_file(os.path.join(UPLOADS, os.path.basename(name))), media_type="application/octet-stream")
