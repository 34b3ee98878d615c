# family: ssrf 918
import urllib.request

from django.http import HttpResponse


def vuln_preview(request):
    target = request.GET.get("target")
    with urllib.request.urlopen(target, timeout=5) as resp:  # sink
        return HttpResponse(resp.read()[:500])


def safe_preview(request):
    slug = request.GET.get("page", "")
    if not slug.isalnum():
        return HttpResponse(status=400)
    with urllib.request.urlopen("https://wiki.internal.example/pages/" + slug, timeout=5) as resp:  # sink
        return HttpResponse(resp.read()[:500])
