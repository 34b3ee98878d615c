# family: mass 915
import json

from django.http import JsonResponse

from .models import Account

EDITABLE = {"display_name", "phone", "language"}


def vuln_update(request, pk):
    data = json.loads(request.body)
    Account.objects.filter(pk=pk, owner=request.user).update(**data)  # sink
    return JsonResponse({"ok": True})


def safe_update(request, pk):
    data = json.loads(request.body)
    fields = {key: value for key, value in data.items() if key in EDITABLE}
    Account.objects.filter(pk=pk, owner=request.user).update(**fields)  # sink
    return JsonResponse({"ok": True})
