# family: ssrf 918
import urllib.request
from urllib.parse import urlparse

import httpx
from django.http import HttpResponse

ALLOWED_HOSTS = {"registry.fca.example", "registry.amf.example"}


def vuln_registry_lookup(request):
    with urllib.request.urlopen(request.POST["registry_url"], timeout=5) as answer:  # sink
        return HttpResponse(answer.read(), content_type="application/json")


def safe_registry_lookup(request):
    url = request.POST["registry_url"]
    parts = urlparse(url)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        return HttpResponse(status=400)
    with urllib.request.urlopen(url, timeout=5) as answer:  # sink
        return HttpResponse(answer.read(), content_type="application/json")


def vuln_avatar_proxy(request):
    answer = httpx.get(request.GET["src"], timeout=5)  # sink
    return HttpResponse(answer.content, content_type="image/png")


def safe_avatar_proxy(request):
    answer = httpx.get("https://avatars.insiders.example.com/" + request.GET["user"].replace("/", ""), timeout=5)  # sink
    return HttpResponse(answer.content, content_type="image/png")
