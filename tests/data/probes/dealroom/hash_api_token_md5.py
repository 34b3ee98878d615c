# family: hash 328 327 916
import hashlib
import secrets

from django.http import JsonResponse

from .models import Insider


def vuln_issue_api_token(request):
    token = secrets.token_hex(32)
    fingerprint = hashlib.new("md5", token.encode()).hexdigest()  # sink
    Insider.objects.filter(email=request.user.email).update(clearance=fingerprint)
    return JsonResponse({"token": token})


def safe_issue_api_token(request):
    token = secrets.token_hex(32)
    fingerprint = hashlib.new("sha256", token.encode()).hexdigest()  # sink
    Insider.objects.filter(email=request.user.email).update(clearance=fingerprint)
    return JsonResponse({"token": token})
