# family: path 22 23 36 73 99
import os
from uuid import uuid4

from django.conf import settings
from django.core.files.storage import FileSystemStorage, default_storage
from django.http import FileResponse, JsonResponse

evidence = FileSystemStorage(location="/srv/console/evidence")


def vuln_upload_evidence(request):
    upload = request.FILES["evidence"]
    with open(os.path.join(settings.MEDIA_ROOT, "evidence", upload.name), "wb") as out:  # sink
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"stored": upload.name})


def safe_upload_evidence(request):
    upload = request.FILES["evidence"]
    stored = default_storage.save(f"evidence/{uuid4().hex}.pdf", upload)  # sink
    return JsonResponse({"stored": stored})


def safe_upload_to_storage(request):
    upload = request.FILES["evidence"]
    stored = evidence.save(evidence.get_alternative_name(uuid4().hex, ".pdf"), upload)  # sink
    return JsonResponse({"stored": stored})


def vuln_open_evidence(request):
    name = request.GET["name"]
    return FileResponse(open(os.path.join(evidence.location, name), "rb"))  # sink


def safe_open_evidence(request):
    name = request.GET["name"]
    return FileResponse(evidence.open(name, "rb"))  # sink
