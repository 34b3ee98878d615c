# family: header 113 20
from django.http import HttpResponse

ROOM_LABELS = {"red": "Project Red", "blue": "Project Blue"}


def vuln_room_banner(request):
    response = HttpResponse("ok")
    response["X-Deal-Room"] = request.GET.get("room", "")  # sink
    return response


def safe_room_banner(request):
    response = HttpResponse("ok")
    response["X-Deal-Room"] = ROOM_LABELS.get(request.GET.get("room", ""), "none")  # sink
    return response
