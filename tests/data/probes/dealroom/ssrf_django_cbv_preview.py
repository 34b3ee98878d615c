# family: ssrf 918
from urllib.parse import urlsplit

import httpx
from django.http import HttpResponseBadRequest, JsonResponse
from django.views import View

PREVIEW_HOSTS = frozenset({"news.example", "filings.example"})


class VulnLinkPreview(View):
    def post(self, request):
        link = request.POST["link"]
        page = httpx.get(link, timeout=5, follow_redirects=False)  # sink
        return JsonResponse({"status": page.status_code, "length": len(page.content)})


class SafeLinkPreview(View):
    def post(self, request):
        link = request.POST["link"]
        parts = urlsplit(link)
        if parts.scheme != "https" or parts.hostname not in PREVIEW_HOSTS:
            return HttpResponseBadRequest()
        page = httpx.get(link, timeout=5, follow_redirects=False)  # sink
        return JsonResponse({"status": page.status_code, "length": len(page.content)})
