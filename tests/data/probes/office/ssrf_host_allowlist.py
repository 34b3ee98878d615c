# family: ssrf 918
from urllib.parse import urlparse

import requests
from django.http import HttpResponse, HttpResponseBadRequest

CALENDAR_HOSTS = {"calendar.partner.example"}


def vuln_calendar_feed(request):
    feed = request.GET["feed"]
    return HttpResponse(requests.get(feed, timeout=5).content, content_type="text/calendar")  # sink


def safe_calendar_feed(request):
    feed = request.GET["feed"]
    parts = urlparse(feed)
    if parts.scheme != "https" or parts.hostname not in CALENDAR_HOSTS:
        return HttpResponseBadRequest("feed")
    return HttpResponse(requests.get(feed, timeout=5).content, content_type="text/calendar")  # sink
