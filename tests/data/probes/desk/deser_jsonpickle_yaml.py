# family: deser 502
import json

import jsonpickle
import yaml
from django.http import JsonResponse


def vuln_import_layout(request):
    layout = jsonpickle.decode(request.body)  # sink
    return JsonResponse({"widgets": len(layout)})


def safe_import_layout(request):
    layout = json.loads(request.body)  # sink
    return JsonResponse({"widgets": len(layout)})


def vuln_import_rules(request):
    rules = yaml.unsafe_load(request.FILES["rules"].read())  # sink
    return JsonResponse({"rules": len(rules)})


def safe_import_rules(request):
    rules = yaml.load(request.FILES["rules"].read(), Loader=yaml.CSafeLoader)  # sink
    return JsonResponse({"rules": len(rules)})
