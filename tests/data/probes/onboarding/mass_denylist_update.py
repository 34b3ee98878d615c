# family: mass 915
import json

from django.http import JsonResponse

from .models import Client

PROTECTED = frozenset({"id", "ref", "risk_score"})
EDITABLE = frozenset({"first_name", "last_name", "email"})


def vuln_update_applicant(request, pk):
    body = json.loads(request.body)
    changes = {key: value for key, value in body.items() if key not in PROTECTED}
    Client.objects.filter(pk=pk).update(**changes)  # sink
    return JsonResponse({"ok": True})


def safe_update_applicant(request, pk):
    body = json.loads(request.body)
    changes = {key: value for key, value in body.items() if key in EDITABLE}
    Client.objects.filter(pk=pk).update(**changes)  # sink
    return JsonResponse({"ok": True})
