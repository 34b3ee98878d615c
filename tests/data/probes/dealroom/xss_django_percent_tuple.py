# family: xss 79
from django.http import HttpResponse
from django.utils.html import format_html


def vuln_bidder_badge(request):
    name, firm = request.GET.get("name", ""), request.GET.get("firm", "")
    return HttpResponse("<span class='badge'>%s (%s)</span>" % (name, firm))  # sink


def safe_bidder_badge(request):
    name, firm = request.GET.get("name", ""), request.GET.get("firm", "")
    return HttpResponse(format_html("<span class='badge'>{} ({})</span>", name, firm))  # sink
