# family: ssrf 918
import socket
import urllib.request
from urllib.parse import urlparse

import requests
from django.http import HttpResponseBadRequest, JsonResponse

FEEDS = {"feeds.archive-partner.com", "rss.exchange.example"}
QUOTE_HOSTS = {"quotes-a.internal", "quotes-b.internal"}


def vuln_import_feed(request):
    req = urllib.request.Request(request.POST["feed"], headers={"Accept": "application/rss+xml"})  # sink
    with urllib.request.urlopen(req, timeout=10) as resp:  # sink
        return JsonResponse({"bytes": len(resp.read())})


def safe_import_feed(request):
    feed = request.POST["feed"]
    if urlparse(feed).hostname not in FEEDS:
        return HttpResponseBadRequest("unknown feed")
    req = urllib.request.Request(feed, headers={"Accept": "application/rss+xml"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return JsonResponse({"bytes": len(resp.read())})


def vuln_mirror_document(request):
    with requests.Session() as s:
        resp = s.request("GET", request.POST["source"], timeout=10)  # sink
    return JsonResponse({"status": resp.status_code})


def safe_mirror_document(request):
    source = request.POST["source"]
    if urlparse(source).hostname not in FEEDS:
        return HttpResponseBadRequest("unknown source")
    with requests.Session() as s:
        resp = s.request("GET", source, timeout=10)
    return JsonResponse({"status": resp.status_code})


def vuln_quote_probe(request):
    host = request.GET["host"]
    with socket.create_connection((host, 7001), timeout=3) as conn:  # sink
        conn.sendall(b"PING\n")
        return JsonResponse({"reply": conn.recv(64).decode()})


def safe_quote_probe(request):
    host = request.GET["host"]
    if host not in QUOTE_HOSTS:
        return HttpResponseBadRequest("unknown host")
    with socket.create_connection((host, 7001), timeout=3) as conn:
        conn.sendall(b"PING\n")
        return JsonResponse({"reply": conn.recv(64).decode()})
