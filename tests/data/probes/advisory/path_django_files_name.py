# family: path 22 23 36 73 99
import os

from django.http import JsonResponse

MEDIA = "/srv/advisory/media/kyc"


def vuln_kyc_upload(request):
    upload = request.FILES["passport"]
    with open(os.path.join(MEDIA, upload.name), "wb") as out:  # sink
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"ok": True})


def safe_kyc_upload(request):
    upload = request.FILES["passport"]
    with open(os.path.join(MEDIA, os.path.basename(upload.name)), "wb") as out:  # sink
        for chunk in upload.chunks():
            out.write(chunk)
    return JsonResponse({"ok": True})
