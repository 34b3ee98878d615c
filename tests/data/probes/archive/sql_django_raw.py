# family: sql 89
from django.db import connection
from django.db.models.expressions import RawSQL
from django.http import JsonResponse

from .models import Report


def vuln_reports_by_analyst(request):
    analyst = request.GET["analyst"]
    rows = Report.objects.raw(f"SELECT * FROM archive_report WHERE analyst = '{analyst}'")  # sink
    return JsonResponse({"ids": [r.id for r in rows]})


def safe_reports_by_analyst(request):
    analyst = request.GET["analyst"]
    rows = Report.objects.raw("SELECT * FROM archive_report WHERE analyst = %s", [analyst])
    return JsonResponse({"ids": [r.id for r in rows]})


def vuln_ranked_reports(request):
    sector = request.GET["sector"]
    ranked = Report.objects.annotate(
        rank=RawSQL("SELECT COUNT(*) FROM downloads d WHERE d.report_id = archive_report.id AND d.sector = '" + sector + "'", ())  # sink
    )
    return JsonResponse({"ids": [r.id for r in ranked.order_by("-rank")]})


def safe_ranked_reports(request):
    sector = request.GET["sector"]
    ranked = Report.objects.annotate(
        rank=RawSQL("SELECT COUNT(*) FROM downloads d WHERE d.report_id = archive_report.id AND d.sector = %s", (sector,))
    )
    return JsonResponse({"ids": [r.id for r in ranked.order_by("-rank")]})


def vuln_tag_reports(request):
    tag = request.POST["tag"]
    ids = request.POST.getlist("report")
    with connection.cursor() as cursor:
        cursor.executemany(f"INSERT INTO report_tags (report_id, tag) VALUES (%s, '{tag}')", [(i,) for i in ids])  # sink
    return JsonResponse({"tagged": len(ids)})


def safe_tag_reports(request):
    tag = request.POST["tag"]
    ids = request.POST.getlist("report")
    with connection.cursor() as cursor:
        cursor.executemany("INSERT INTO report_tags (report_id, tag) VALUES (%s, %s)", [(i, tag) for i in ids])
    return JsonResponse({"tagged": len(ids)})
