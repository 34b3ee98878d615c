# family: deser 502
import json

import jsonpickle
from django.http import JsonResponse


def vuln_restore_filters(request):
    filters = jsonpickle.loads(request.body)  # sink
    return JsonResponse({"count": len(filters)})


def safe_restore_filters(request):
    filters = json.loads(request.body)
    return JsonResponse({"count": len(filters)})
