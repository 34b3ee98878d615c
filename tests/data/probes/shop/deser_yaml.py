# family: deser 502 20
import marshal

import yaml
from django.http import JsonResponse


def vuln_import_config(request):
    config = yaml.load(request.body, Loader=yaml.Loader)  # sink
    return JsonResponse({"keys": list(config)})


def safe_import_config(request):
    config = yaml.safe_load(request.body)  # sink
    return JsonResponse({"keys": list(config)})


def vuln_import_code(request):
    code = marshal.loads(request.body)  # sink
    return JsonResponse({"name": code.co_name})
