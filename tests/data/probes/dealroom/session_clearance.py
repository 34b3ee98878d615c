# family: session 501
from django.http import JsonResponse

from .models import Insider


def vuln_pick_clearance(request):
    request.session["clearance"] = request.GET.get("level", "viewer")  # sink
    return JsonResponse({"ok": True})


def safe_pick_clearance(request):
    insider = Insider.objects.get(email=request.user.email)
    request.session["clearance"] = insider.clearance  # sink
    return JsonResponse({"ok": True})
