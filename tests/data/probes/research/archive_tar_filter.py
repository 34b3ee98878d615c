# family: archive 22 23 409
import tarfile

from fastapi import FastAPI, UploadFile

app = FastAPI()
DEST = "/srv/research/imports"


@app.post("/imports/bundle")
async def vuln_import_bundle(bundle: UploadFile):
    with tarfile.open(fileobj=bundle.file) as tar:
        tar.extractall(DEST)  # sink
    return {"ok": True}


@app.post("/imports/bundle/safe")
async def safe_import_bundle(bundle: UploadFile):
    with tarfile.open(fileobj=bundle.file) as tar:
        tar.extractall(DEST, filter="data")  # sink
    return {"ok": True}
