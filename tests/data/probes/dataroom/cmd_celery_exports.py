# family: cmd 78
import subprocess

from celery import group
from fastapi import FastAPI, Query

from .core.schemas import CheckedExport, ExportRequest
from .core.settings import settings
from .core.tasks import app as celery_app
from .core.tasks import convert_report, stamp_document

app = FastAPI()


@app.post("/exports/convert")
def vuln_convert_format(body: ExportRequest):
    convert_report.delay(f"/srv/exports/{body.ticker}.docx", body.fmt)  # sink
    return {"queued": body.ticker}


@app.post("/exports/convert/checked")
def safe_convert_format(body: CheckedExport):
    convert_report.delay(f"/srv/exports/{body.ticker}.docx", body.fmt.value)  # sink
    return {"queued": body.ticker}


@app.post("/documents/{doc_id}/stamp")
def vuln_stamp_by_name(doc_id: int, holder: str):
    celery_app.send_task("dataroom.stamp", args=[f"/srv/rooms/{doc_id}.pdf", holder])  # sink
    return {"stamping": doc_id}


@app.post("/documents/{doc_id}/stamp/checked")
def safe_stamp_by_name(doc_id: int, holder: int):
    celery_app.send_task("dataroom.stamp", args=[f"/srv/rooms/{doc_id}.pdf", holder])  # sink
    return {"stamping": doc_id}


@app.post("/documents/{doc_id}/stamp-all")
def vuln_stamp_group(doc_id: int, holders: list[str] = Query()):
    group(stamp_document.si(f"/srv/rooms/{doc_id}.pdf", h) for h in holders).apply_async()  # sink
    return {"stamping": len(holders)}


@app.post("/documents/{doc_id}/stamp-all/checked")
def safe_stamp_group(doc_id: int, holders: list[int] = Query()):
    group(stamp_document.si(f"/srv/rooms/{doc_id}.pdf", h) for h in holders).apply_async()  # sink
    return {"stamping": len(holders)}


@app.post("/exports/{name}/convert-now")
def vuln_convert_now(name: str):
    cmd = f"{settings.converter} --headless --convert-to pdf {settings.export_dir}/{name}.docx"
    subprocess.run(cmd, shell=True, check=True, timeout=120)  # sink
    return {"converted": name}


@app.post("/exports/{report_id}/convert-now/checked")
def safe_convert_now(report_id: int):
    cmd = f"{settings.converter} --headless --convert-to pdf {settings.export_dir}/{report_id}.docx"
    subprocess.run(cmd, shell=True, check=True, timeout=120)  # sink
    return {"converted": report_id}
