# family: path 22 23 36 73 99
import os
from pathlib import Path

from django.http import HttpResponse, JsonResponse

MEDIA = Path("/srv/media")


def vuln_delete(request):
    name = request.POST["name"]
    os.remove(MEDIA / name)  # sink
    return HttpResponse(status=204)


def vuln_exists(request):
    name = request.GET["name"]
    return JsonResponse({"exists": os.path.exists(os.path.join("/srv/media", name))})  # sink


def safe_delete(request):
    name = request.POST["name"]
    target = (MEDIA / name).resolve()
    if not target.is_relative_to(MEDIA):
        return HttpResponse(status=400)
    os.remove(target)  # sink
    return HttpResponse(status=204)
