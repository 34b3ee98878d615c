# family: session 501
from django.http import JsonResponse

ROLES = {"analyst", "reviewer"}


def vuln_set_role(request):
    request.session.setdefault("role", request.POST.get("role", "analyst"))  # sink
    return JsonResponse({"role": request.session["role"]})


def safe_set_role(request):
    role = request.POST.get("role", "analyst")
    if role not in ROLES:
        role = "analyst"
    request.session.setdefault("role", role)  # sink
    return JsonResponse({"role": request.session["role"]})
