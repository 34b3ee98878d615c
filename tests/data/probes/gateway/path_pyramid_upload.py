# family: path 22 23 36 73 99
import os
import shutil

from pyramid.response import FileResponse
from pyramid.view import view_config

INBOX = "/srv/gateway/inbox"
REPORTS = "/srv/gateway/reports"


@view_config(route_name="pyramid_upload", renderer="json", request_method="POST")
def vuln_upload(request):
    field = request.POST["document"]
    with open(os.path.join(INBOX, field.filename), "wb") as out:  # sink
        shutil.copyfileobj(field.file, out)
    return {"ok": True}


@view_config(route_name="pyramid_upload_safe", renderer="json", request_method="POST")
def safe_upload(request):
    field = request.POST["document"]
    with open(os.path.join(INBOX, os.path.basename(field.filename)), "wb") as out:  # sink
        shutil.copyfileobj(field.file, out)
    return {"ok": True}


@view_config(route_name="pyramid_report")
def vuln_report(request):
    return FileResponse(os.path.join(REPORTS, request.matchdict["name"]), request=request)  # sink


@view_config(route_name="pyramid_report_safe")
def safe_report(request):
    name = request.matchdict["name"]
    if not name.isalnum():
        return FileResponse(os.path.join(REPORTS, "missing.pdf"), request=request)
    return FileResponse(os.path.join(REPORTS, name + ".pdf"), request=request)  # sink
