# family: ssrf 918
from urllib.parse import urlsplit

import httpx
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.http import HttpResponseBadRequest, JsonResponse

WEBHOOK_HOSTS = {"hooks.slack.com", "alerts.internal.example"}
client = httpx.Client(timeout=5.0, follow_redirects=False)
validate_url = URLValidator(schemes=["https"])


def vuln_test_webhook(request):
    url = request.POST["url"]
    try:
        validate_url(url)
    except ValidationError:
        return HttpResponseBadRequest("not a URL")
    reply = client.post(url, json={"text": "console test"})  # sink
    return JsonResponse({"status": reply.status_code})


def safe_test_webhook(request):
    url = request.POST["url"]
    try:
        validate_url(url)
    except ValidationError:
        return HttpResponseBadRequest("not a URL")
    if urlsplit(url).hostname not in WEBHOOK_HOSTS:
        return HttpResponseBadRequest("host not allowed")
    reply = client.post(url, json={"text": "console test"})  # sink
    return JsonResponse({"status": reply.status_code})


def vuln_status_page(request):
    host = request.GET.get("host", "alerts.internal.example")
    with httpx.Client(base_url=f"https://{host}", timeout=3.0) as api:  # sink
        reply = api.get("/status")
    return JsonResponse({"status": reply.status_code})


def safe_status_page(request):
    host = request.GET.get("host", "")
    if host not in WEBHOOK_HOSTS:
        host = "alerts.internal.example"
    with httpx.Client(base_url=f"https://{host}", timeout=3.0) as api:  # sink
        reply = api.get("/status")
    return JsonResponse({"status": reply.status_code})
