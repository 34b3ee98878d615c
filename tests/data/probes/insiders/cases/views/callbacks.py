# family: ssrf 918
from urllib.parse import urlparse

import requests
from django.conf import settings
from django.http import HttpResponse, JsonResponse

from ..forms import CallbackForm


def vuln_test_callback(request):
    form = CallbackForm(request.POST)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    reply = requests.get(form.cleaned_data["callback"], timeout=5)  # sink
    return JsonResponse({"status": reply.status_code})


def safe_test_callback(request):
    form = CallbackForm(request.POST)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    url = form.cleaned_data["callback"]
    if urlparse(url).hostname not in settings.ALLOWED_CALLBACK_HOSTS:
        return JsonResponse({"error": "host not allowed"}, status=400)
    reply = requests.get(url, timeout=5)  # sink
    return JsonResponse({"status": reply.status_code})


def vuln_regulator_feed(request):
    feed = requests.get(request.GET["feed"], timeout=10)  # sink
    return HttpResponse(feed.text, content_type="text/plain")


def safe_regulator_feed(request):
    feed_url = settings.PARTNER_FEEDS.get(request.GET.get("feed", ""), settings.PARTNER_FEEDS["fca"])
    feed = requests.get(feed_url, timeout=10)  # sink
    return HttpResponse(feed.text, content_type="text/plain")


def vuln_post_hook(request):
    hook = request.headers.get("X-Callback-Url", "")
    requests.post(hook, json={"event": "list-updated"}, timeout=5)  # sink
    return HttpResponse(status=202)
