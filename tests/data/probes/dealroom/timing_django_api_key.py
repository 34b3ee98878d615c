# family: timing 208 385
import secrets

from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse


def vuln_export_feed(request):
    api_key = request.headers.get("X-Api-Key", "")
    if api_key == settings.EXPORT_API_KEY:  # sink
        return JsonResponse({"rooms": []})
    return HttpResponseForbidden()


def safe_export_feed(request):
    api_key = request.headers.get("X-Api-Key", "")
    if secrets.compare_digest(api_key, settings.EXPORT_API_KEY):  # sink
        return JsonResponse({"rooms": []})
    return HttpResponseForbidden()
