# family: xss 79
from django.http import HttpResponse
from django.utils.html import format_html


def vuln_room_banner(request):
    room = request.GET.get("room", "")
    return HttpResponse("<div class='banner'>Room %s is booked</div>" % room)  # sink


def safe_room_banner(request):
    room = request.GET.get("room", "")
    return HttpResponse(format_html("<div class='banner'>Room {} is booked</div>", room))  # sink
