# family: mass 915
from django.http import JsonResponse

from .models import Profile

EDITABLE = ("display_name", "bio", "timezone")


def vuln_update_profile(request):
    profile = Profile.objects.get(user=request.user)
    for key, value in request.POST.items():
        setattr(profile, key, value)  # sink
    profile.save()
    return JsonResponse({"ok": True})


def safe_update_profile(request):
    profile = Profile.objects.get(user=request.user)
    for key in EDITABLE:
        if key in request.POST:
            setattr(profile, key, request.POST[key])  # sink
    profile.save()
    return JsonResponse({"ok": True})


def vuln_create_profile(request):
    Profile.objects.create(**request.POST.dict())  # sink
    return JsonResponse({"ok": True})
