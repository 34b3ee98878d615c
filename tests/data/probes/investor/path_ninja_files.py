# family: path 22 23 36 73 99
import os

from ninja import File, Router
from ninja.files import UploadedFile

router = Router()
EXHIBITS = "/srv/ir/exhibits"


@router.post("/exhibits")
def vuln_exhibit(request, exhibit: UploadedFile = File(...)):
    with open(os.path.join(EXHIBITS, exhibit.name), "wb") as out:  # sink
        out.write(exhibit.read())


@router.post("/exhibits/safe")
def safe_exhibit(request, exhibit: UploadedFile = File(...)):
    with open(os.path.join(EXHIBITS, os.path.basename(exhibit.name)), "wb") as out:  # sink
        out.write(exhibit.read())


@router.get("/exhibits/{name}")
def vuln_read_exhibit(request, name: str):
    with open(os.path.join(EXHIBITS, name), "rb") as exhibit:  # sink
        return {"size": len(exhibit.read())}


@router.get("/exhibits/number/{number}")
def safe_read_exhibit(request, number: int):
    with open(os.path.join(EXHIBITS, f"exhibit-{number}.pdf"), "rb") as exhibit:  # sink
        return {"size": len(exhibit.read())}
