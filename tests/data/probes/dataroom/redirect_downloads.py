# family: redirect 601
from fastapi import FastAPI, Query, Request
from fastapi.responses import RedirectResponse

from .core.storage import presigned_download

app = FastAPI()


@app.get("/downloads/continue")
def vuln_continue_target(target: str = Query(alias="continue")):
    return RedirectResponse(url=target, status_code=303)  # sink


@app.get("/rooms/{room}/download")
def safe_presigned_download(room: int, name: str):
    return RedirectResponse(presigned_download(f"rooms/{room}/{name}"), status_code=307)  # sink


@app.get("/rooms/{room}/mirror")
def vuln_mirror_download(room: int, name: str, mirror: str):
    return RedirectResponse(f"{mirror}/rooms/{room}/{name}", status_code=307)  # sink


@app.post("/reports/{report_id}/done")
def safe_report_page(request: Request, report_id: int):
    return RedirectResponse(request.url_for("show_report", report_id=report_id), status_code=303)  # sink
