# family: random 330 338
import random
import secrets

from django.http import JsonResponse


def vuln_start_confirmation(request):
    request.session["confirm"] = str(random.randrange(100000, 1000000))  # sink
    return JsonResponse({"ok": True})


def safe_start_confirmation(request):
    request.session["confirm"] = str(secrets.randbelow(900000) + 100000)  # sink
    return JsonResponse({"ok": True})
