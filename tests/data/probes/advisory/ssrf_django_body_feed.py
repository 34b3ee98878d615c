# family: ssrf 918
import json
from urllib.request import urlopen

from django.http import HttpResponseBadRequest, JsonResponse

FEEDS = {"fx": "https://rates.example.com/fx.json", "rates": "https://rates.example.com/curve.json"}


def vuln_import_feed(request):
    body = json.loads(request.body)
    with urlopen(body["feed"], timeout=10) as reply:  # sink
        return JsonResponse({"size": len(reply.read())})


def safe_import_feed(request):
    body = json.loads(request.body)
    url = FEEDS.get(body.get("feed"))
    if url is None:
        return HttpResponseBadRequest()
    with urlopen(url, timeout=10) as reply:  # sink
        return JsonResponse({"size": len(reply.read())})
