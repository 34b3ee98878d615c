# family: cmd 78
import subprocess

from fastapi import APIRouter, Body, Form
from pydantic import BaseModel

router = APIRouter()


@router.post("/ir/convert")
def vuln_convert(filename: str = Form(...)):
    subprocess.run(f"libreoffice --headless --convert-to pdf /srv/ir/drafts/{filename}", shell=True)  # sink


@router.post("/ir/convert/safe")
def safe_convert(filename: str = Form(...)):
    subprocess.run(["libreoffice", "--headless", "--convert-to", "pdf", f"/srv/ir/drafts/{filename}"])  # sink


class Watermark(BaseModel):
    text: str
    pages: int


@router.post("/ir/watermark")
def vuln_watermark(job: Watermark):
    subprocess.run("pdfwatermark --text '%s' /srv/ir/out.pdf" % job.text, shell=True)  # sink


@router.post("/ir/watermark/safe")
def safe_watermark(job: Watermark):
    subprocess.run("pdfwatermark --pages %d /srv/ir/out.pdf" % job.pages, shell=True)  # sink


@router.post("/ir/stamp")
def vuln_stamp(label: str = Body(..., embed=True)):
    subprocess.run("pdfstamp " + label, shell=True)  # sink
