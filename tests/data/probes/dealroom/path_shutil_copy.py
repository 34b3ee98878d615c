# family: path 22 23 36 73 99
import os
import shutil

from django.http import JsonResponse

INBOX = "/srv/vdr/inbox"
PUBLISHED = "/srv/vdr/published"


def vuln_publish(request):
    name = request.POST["document"]
    shutil.copy(os.path.join(INBOX, name), PUBLISHED)  # sink
    return JsonResponse({"published": name})


def safe_publish(request):
    name = request.POST["document"]
    source = os.path.realpath(os.path.join(INBOX, name))
    if os.path.commonpath([source, INBOX]) != INBOX:
        return JsonResponse({"error": "unknown document"}, status=404)
    shutil.copy(source, PUBLISHED)  # sink
    return JsonResponse({"published": name})
