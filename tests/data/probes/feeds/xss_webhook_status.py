# family: xss 79 80
import hashlib
import hmac
import os

from django.http import HttpResponse, HttpResponseForbidden
from django.utils.html import escape
from django.views.decorators.csrf import csrf_exempt

SECRET = os.environ["PARTNER_WEBHOOK_SECRET"].encode()


@csrf_exempt
def vuln_delivery_status(request):
    signature = request.headers.get("X-Signature", "")
    expected = hmac.new(SECRET, request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        return HttpResponseForbidden()
    status = request.POST.get("status", "")
    return HttpResponse(f"<p>delivery status recorded: {status}</p>")  # sink


@csrf_exempt
def safe_delivery_status(request):
    signature = request.headers.get("X-Signature", "")
    expected = hmac.new(SECRET, request.body, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(signature, expected):
        return HttpResponseForbidden()
    status = request.POST.get("status", "")
    return HttpResponse(f"<p>delivery status recorded: {escape(status)}</p>")
