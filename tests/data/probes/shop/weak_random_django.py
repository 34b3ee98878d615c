# family: random 330 338
import random
import secrets

from django.contrib.auth.models import User
from django.http import JsonResponse


def vuln_reset_password(request, user_id):
    user = User.objects.get(pk=user_id)
    temp = "%08d" % random.randint(0, 99999999)  # sink
    user.set_password(temp)  # sink
    user.save()
    return JsonResponse({"sent": True})


def safe_reset_password(request, user_id):
    user = User.objects.get(pk=user_id)
    temp = secrets.token_urlsafe(12)
    user.set_password(temp)  # sink
    user.save()
    return JsonResponse({"sent": True})
