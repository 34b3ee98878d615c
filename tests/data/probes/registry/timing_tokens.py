# family: timing 208 385
import hmac

from django.conf import settings
from django.http import HttpResponseForbidden, JsonResponse


def vuln_webhook(request):
    if request.headers.get("X-Registry-Signature") != settings.WEBHOOK_SECRET:  # sink
        return HttpResponseForbidden()
    return JsonResponse({"ok": True})


def safe_webhook(request):
    given = request.headers.get("X-Registry-Signature", "")
    if not hmac.compare_digest(given, settings.WEBHOOK_SECRET):  # sink
        return HttpResponseForbidden()
    return JsonResponse({"ok": True})


def vuln_check_api_key(presented, account):
    return presented == account.api_key  # sink


def safe_check_api_key(presented, account):
    return hmac.compare_digest(presented.encode(), account.api_key.encode())  # sink
