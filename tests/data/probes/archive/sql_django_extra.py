# family: sql 89
from django.http import JsonResponse

from .models import Report


def vuln_report_titles(request):
    term = request.GET.get("q", "")
    reports = Report.objects.extra(where=[f"title ILIKE '%%{term}%%'"])  # sink
    return JsonResponse({"titles": [r.title for r in reports]})


def safe_report_titles(request):
    term = request.GET.get("q", "")
    reports = Report.objects.extra(where=["title ILIKE %s"], params=[f"%{term}%"])
    return JsonResponse({"titles": [r.title for r in reports]})
