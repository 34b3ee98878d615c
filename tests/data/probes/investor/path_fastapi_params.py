# family: path 22 23 36 73 99
import os

from fastapi import APIRouter, Cookie, Depends, Header, UploadFile
from fastapi.responses import FileResponse

router = APIRouter()
STATEMENTS = "/srv/ir/statements"


@router.get("/statements/latest")
def vuln_latest(desk: str = Cookie("")):
    return FileResponse(os.path.join(STATEMENTS, desk, "latest.pdf"))  # sink


@router.get("/statements/latest/safe")
def safe_latest(desk: int = Cookie(0)):
    return FileResponse(os.path.join(STATEMENTS, str(desk), "latest.pdf"))  # sink


@router.get("/statements/locale")
def vuln_locale(accept_language: str = Header("en")):
    return FileResponse(os.path.join(STATEMENTS, "cover-" + accept_language + ".pdf"))  # sink


@router.post("/statements/upload")
async def vuln_upload(statement: UploadFile):
    with open(os.path.join(STATEMENTS, statement.filename), "wb") as out:  # sink
        out.write(await statement.read())


@router.post("/statements/upload/safe")
async def safe_upload(statement: UploadFile):
    with open(os.path.join(STATEMENTS, os.path.basename(statement.filename)), "wb") as out:  # sink
        out.write(await statement.read())


def issuer_folder(issuer: str) -> str:
    return issuer


@router.get("/statements/issuer")
def vuln_issuer(folder: str = Depends(issuer_folder)):
    return FileResponse(os.path.join(STATEMENTS, folder, "index.pdf"))  # sink
