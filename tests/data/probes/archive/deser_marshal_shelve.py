# family: deser 502
import marshal
import pickle
import shelve

from django.http import JsonResponse

CACHE = "/srv/archive/cache/reading-lists"


def vuln_load_macro(request):
    code = marshal.loads(request.FILES["macro"].read())  # sink
    return JsonResponse({"name": code.co_name})


def safe_load_macro(request):
    return JsonResponse({"name": request.FILES["macro"].name})


def vuln_reading_list(request):
    prefs = pickle.loads(bytes.fromhex(request.COOKIES["reading_list"]))  # sink
    return JsonResponse({"items": prefs["items"]})


def safe_reading_list(request):
    with shelve.open(CACHE) as lists:
        items = lists.get(str(request.user.pk), [])
    return JsonResponse({"items": items})
