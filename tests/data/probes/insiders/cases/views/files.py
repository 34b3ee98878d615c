# family: path 22 23 36 73 99
import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import FileResponse, Http404, HttpResponse
from django.utils.text import get_valid_filename
from django.views.static import serve

DOCUMENTS = Path(settings.DOCUMENTS_ROOT)
UPLOADS = "/srv/insiders/uploads"


def vuln_download(request):
    name = request.GET["name"]
    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, name), "rb"))  # sink


def safe_download(request):
    name = get_valid_filename(request.GET["name"])
    return FileResponse(open(os.path.join(settings.MEDIA_ROOT, name), "rb"))  # sink


def safe_download_contained(request):
    root = os.path.realpath(settings.MEDIA_ROOT)
    path = os.path.realpath(os.path.join(root, request.GET["name"]))
    if not path.startswith(root + os.sep):
        raise Http404("no such document")
    return FileResponse(open(path, "rb"))  # sink


def vuln_case_document(request, document):  # <path:document>
    return FileResponse(open(DOCUMENTS / f"{document}.pdf", "rb"))  # sink


def safe_case_document(request, document):  # <slug:document>
    return FileResponse(open(DOCUMENTS / f"{document}.pdf", "rb"))  # sink


def safe_served_media(request):
    # serve() normalises the path and joins it under document_root with safe_join
    return serve(request, request.GET["file"], document_root=settings.MEDIA_ROOT)  # sink


def safe_storage_open(request):
    # the file system storage joins names under MEDIA_ROOT with safe_join
    with default_storage.open(request.GET["file"]) as handle:  # sink
        return HttpResponse(handle.read(), content_type="application/octet-stream")


def vuln_store_upload(request):
    upload = request.FILES["document"]
    with open(os.path.join(UPLOADS, request.POST["filename"]), "wb") as out:  # sink
        for chunk in upload.chunks():
            out.write(chunk)
    return HttpResponse(status=201)


def safe_store_upload(request):
    # an uploaded file's name is its base name already (Django strips directories), but the client still
    # chooses it (CWE-73, INP155): reduced to the letters, digits, '-', '_' and '.' get_valid_filename keeps
    upload = request.FILES["document"]
    with open(os.path.join(UPLOADS, get_valid_filename(upload.name)), "wb") as out:  # sink
        for chunk in upload.chunks():
            out.write(chunk)
    return HttpResponse(status=201)


def vuln_remove_draft(request):
    os.remove(os.path.join(UPLOADS, "drafts", request.POST["draft"]))  # sink
    return HttpResponse(status=204)


def safe_remove_draft(request):
    os.remove(os.path.join(UPLOADS, "drafts", os.path.basename(request.POST["draft"])))  # sink
    return HttpResponse(status=204)
