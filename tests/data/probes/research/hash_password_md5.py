# family: hash 916 759 328 327 522
import hashlib
import os

from django.db import connection
from django.http import JsonResponse


def vuln_set_portal_password(request):
    password = request.POST["password"]
    digest = hashlib.md5(password.encode()).hexdigest()  # sink
    with connection.cursor() as cur:
        cur.execute("UPDATE portal_users SET pw = %s WHERE id = %s", [digest, request.user.pk])
    return JsonResponse({"ok": True})


def safe_set_portal_password(request):
    password = request.POST["password"]
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1)  # sink
    with connection.cursor() as cur:
        cur.execute("UPDATE portal_users SET pw = %s, salt = %s WHERE id = %s", [digest, salt, request.user.pk])
    return JsonResponse({"ok": True})
