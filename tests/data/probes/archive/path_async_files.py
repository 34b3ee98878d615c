# family: path 22 23 36 73 99
import os
from uuid import uuid4

import aiofiles
import aiofiles.os
from django.core.files.storage import default_storage
from django.http import FileResponse, JsonResponse
from fastapi import FastAPI, UploadFile

app = FastAPI()
INBOX = "/srv/archive/inbox"


@app.post("/inbox")
async def vuln_store_upload(upload: UploadFile):
    async with aiofiles.open(os.path.join(INBOX, upload.filename), "wb") as out:  # sink
        await out.write(await upload.read())
    return {"stored": upload.filename}


@app.post("/inbox/v2")
async def safe_store_upload(upload: UploadFile):
    async with aiofiles.open(os.path.join(INBOX, os.path.basename(upload.filename)), "wb") as out:
        await out.write(await upload.read())
    return {"stored": upload.filename}


@app.delete("/inbox/{name}")
async def vuln_drop_upload(name: str):
    await aiofiles.os.remove(os.path.join(INBOX, name))  # sink
    return {"deleted": name}


@app.delete("/inbox/v2/{name}")
async def safe_drop_upload(name: str):
    await aiofiles.os.remove(os.path.join(INBOX, os.path.basename(name)))
    return {"deleted": name}


def safe_stored_document(request):
    # the storage joins the name under its root with safe_join (SuspiciousFileOperation outside it)
    return FileResponse(default_storage.open(request.GET["name"], "rb"))


def safe_store_document(request):
    # stored under a name the service makes; the client's name is kept as data only
    upload = request.FILES["document"]
    stored = default_storage.save(f"inbox/{uuid4().hex}.pdf", upload)
    return JsonResponse({"name": stored, "original": upload.name})
