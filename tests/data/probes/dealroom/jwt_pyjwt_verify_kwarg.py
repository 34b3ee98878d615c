# family: jwt 347 345 287
import jwt
from django.conf import settings
from django.http import JsonResponse


def vuln_guest_pass(request):
    data = jwt.decode(request.GET["pass"], settings.SECRET_KEY, algorithms=["HS256"], verify=False)  # sink
    return JsonResponse({"room": data["room"]})


def safe_guest_pass(request):
    data = jwt.decode(request.GET["pass"], settings.GUEST_PASS_KEY, algorithms=["HS256"], audience="guest")  # sink
    return JsonResponse({"room": data["room"]})
