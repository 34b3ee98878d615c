# family: cmd 78
import asyncio

from fastapi import FastAPI

app = FastAPI()


@app.post("/documents/{ref}/ocr")
async def vuln_ocr_document(ref: str, language: str = "eng"):
    proc = await asyncio.create_subprocess_shell(  # sink
        f"tesseract /srv/archive/scans/{ref}.tiff - -l {language}",
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    return {"text": out.decode()}


@app.post("/documents/{ref}/ocr/v2")
async def safe_ocr_document(ref: str, language: str = "eng"):
    proc = await asyncio.create_subprocess_exec(
        "tesseract", f"/srv/archive/scans/{ref}.tiff", "-", "-l", language, stdout=asyncio.subprocess.PIPE
    )
    out, _ = await proc.communicate()
    return {"text": out.decode()}
