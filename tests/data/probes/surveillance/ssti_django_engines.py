# family: ssti 1336 94
from django.http import HttpResponse
from django.template import engines

NOTICE = "Dear {{ name }}, your trade in {{ symbol }} is under review."


def vuln_notice_preview(request):
    body = request.POST.get("body", NOTICE)
    template = engines["django"].from_string(body)  # sink
    return HttpResponse(template.render({"name": "client", "symbol": "ACME"}))


def safe_notice_preview(request):
    template = engines["django"].from_string(NOTICE)  # sink
    return HttpResponse(template.render({"name": request.POST.get("name", ""), "symbol": "ACME"}))
