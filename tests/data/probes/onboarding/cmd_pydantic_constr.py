# family: cmd 78
import os

from fastapi import FastAPI
from pydantic import BaseModel, constr

app = FastAPI()


class LooseScan(BaseModel):
    document_id: constr(max_length=20)


class DocumentScan(BaseModel):
    document_id: constr(pattern=r"^[a-f0-9]{16}$")


@app.post("/documents/scan")
def vuln_scan_document(body: LooseScan):
    os.system(f"clamscan /srv/onboarding/uploads/{body.document_id}")  # sink
    return {"queued": True}


@app.post("/documents/scan2")
def safe_scan_document(body: DocumentScan):
    os.system(f"clamscan /srv/onboarding/uploads/{body.document_id}")  # sink
    return {"queued": True}
