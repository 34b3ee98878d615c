# family: xss 79 80
import json

from django.http import HttpResponse, JsonResponse


def vuln_echo(request):
    body = json.dumps({"query": request.GET.get("q", "")})
    return HttpResponse(body)  # sink


def safe_echo(request):
    return JsonResponse({"query": request.GET.get("q", "")})  # sink
