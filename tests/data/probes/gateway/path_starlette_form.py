# family: path 22 23 36 73 99
import os

from starlette.applications import Starlette
from starlette.responses import FileResponse, JSONResponse
from starlette.routing import Route

from .backend import read_report, read_report_named

INBOX = "/srv/gateway/inbox"
REPORTS = "/srv/gateway/reports"


async def vuln_upload(request):
    form = await request.form()
    upload = form["document"]
    with open(os.path.join(INBOX, upload.filename), "wb") as out:  # sink
        out.write(await upload.read())
    return JSONResponse({"ok": True})


async def safe_upload(request):
    form = await request.form()
    upload = form["document"]
    with open(os.path.join(INBOX, os.path.basename(upload.filename)), "wb") as out:  # sink
        out.write(await upload.read())
    return JSONResponse({"ok": True})


async def vuln_report(request):
    return FileResponse(os.path.join(REPORTS, request.path_params["name"]))  # sink


async def safe_report(request):
    return FileResponse(os.path.join(REPORTS, f"{request.path_params['report_id']}.pdf"))  # sink


async def vuln_export(request):
    return JSONResponse({"size": len(read_report(request.query_params["file"]))})  # sink


async def safe_export(request):
    return JSONResponse({"size": len(read_report_named(request.query_params["file"]))})  # sink


app = Starlette(
    routes=[
        Route("/starlette/upload", vuln_upload, methods=["POST"]),
        Route("/starlette/upload/safe", safe_upload, methods=["POST"]),
        Route("/starlette/reports/{name}", vuln_report),
        Route("/starlette/reports/safe/{report_id:int}", safe_report),
        Route("/starlette/export", vuln_export),
        Route("/starlette/export/safe", safe_export),
    ]
)
