# family: random 330 338
import random
import secrets
import string

from django.core.mail import send_mail
from django.http import JsonResponse


def vuln_send_login_code(request):
    code = "".join(random.choice(string.digits) for _ in range(6))  # sink
    request.session["login_code"] = code  # sink
    send_mail("Your code", code, "noreply@research.example", [request.user.email])  # sink
    return JsonResponse({"sent": True})


def safe_send_login_code(request):
    code = "".join(secrets.choice(string.digits) for _ in range(6))
    request.session["login_code"] = code  # sink
    send_mail("Your code", code, "noreply@research.example", [request.user.email])  # sink
    return JsonResponse({"sent": True})


def vuln_share_link(request):
    slug = "".join(random.sample(string.ascii_letters, 12))  # sink
    return JsonResponse({"url": f"https://research.example/s/{slug}"})  # sink


def safe_share_link(request):
    return JsonResponse({"url": f"https://research.example/s/{secrets.token_urlsafe(16)}"})  # sink
