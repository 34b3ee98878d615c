# family: random 330 338
import random
import secrets

from django.http import HttpResponse


def vuln_invite(request):
    response = HttpResponse("invited")
    response.set_cookie("invite", "%08x" % random.getrandbits(32), secure=True, httponly=True, samesite="Lax")  # sink
    return response


def safe_invite(request):
    response = HttpResponse("invited")
    response.set_cookie("invite", secrets.token_hex(4), secure=True, httponly=True, samesite="Lax")  # sink
    return response
