# family: mass 915
import json

from django.http import JsonResponse

from .models import Deal

EDITABLE = ("title", "stage")


def vuln_patch_deal(request, pk):
    deal = Deal.objects.get(pk=pk)
    deal.__dict__.update(json.loads(request.body))  # sink
    deal.save()
    return JsonResponse({"ok": True})


def safe_patch_deal(request, pk):
    body = json.loads(request.body)
    deal = Deal.objects.get(pk=pk)
    deal.__dict__.update({key: body[key] for key in EDITABLE if key in body})  # sink
    deal.save()
    return JsonResponse({"ok": True})
