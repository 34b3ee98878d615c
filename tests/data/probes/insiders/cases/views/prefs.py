# family: deser 502
import base64
import pickle

import yaml
from django.core import signing
from django.http import JsonResponse


def vuln_list_preferences(request):
    prefs = pickle.loads(base64.b64decode(request.COOKIES.get("list_prefs", "")))  # sink
    return JsonResponse({"columns": prefs.get("columns", [])})


def safe_list_preferences(request):
    prefs = signing.loads(request.COOKIES.get("list_prefs", ""), salt="list-prefs")  # sink
    return JsonResponse({"columns": prefs.get("columns", [])})


def safe_signed_cookie_preferences(request):
    raw = request.get_signed_cookie("list_prefs", salt="list-prefs")
    prefs = pickle.loads(base64.b64decode(raw))  # sink
    return JsonResponse({"columns": prefs.get("columns", [])})


def vuln_import_rules(request):
    rules = yaml.load(request.body, Loader=yaml.Loader)  # sink
    return JsonResponse({"rules": len(rules)})


def safe_import_rules(request):
    rules = yaml.safe_load(request.body)  # sink
    return JsonResponse({"rules": len(rules)})


def vuln_restore_draft(request):
    draft = pickle.loads(request.FILES["draft"].read())  # sink
    return JsonResponse({"title": draft["title"]})
