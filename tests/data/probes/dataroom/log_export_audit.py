# family: log 117
import logging
import uuid

from fastapi import FastAPI, Header

from .core.schemas import Note
from .core.tasks import audit_export

app = FastAPI()
logger = logging.getLogger("dataroom.audit")


@app.post("/exports/{name}/audit")
def vuln_task_audit(name: str, client: str = Header()):
    audit_export.delay(name, client)  # sink
    return {"audited": True}


@app.post("/exports/{export_id}/audit/checked")
def safe_task_audit(export_id: uuid.UUID, client: int = Header()):
    audit_export.delay(export_id, client)  # sink
    return {"audited": True}


@app.post("/notes")
def vuln_note_logged(note: Note):
    logger.info("note from %s: %s", note.author, note.text)  # sink
    return {"saved": True}


@app.post("/notes/json")
def safe_note_logged(note: Note):
    logger.info("note %s", note.model_dump_json())  # sink
    return {"saved": True}
