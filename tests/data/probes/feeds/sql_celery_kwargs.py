# family: sql 89
from celery import shared_task
from django.db import connection
from django.http import JsonResponse


@shared_task
def rebuild_sector(sector):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM sector_cache WHERE sector = '" + sector + "'")  # sink


@shared_task
def rebuild_sector_bound(sector):
    with connection.cursor() as cursor:
        cursor.execute("DELETE FROM sector_cache WHERE sector = %s", [sector])


def vuln_refresh_sector(request):
    rebuild_sector.apply_async(kwargs={"sector": request.GET["sector"]})  # sink
    return JsonResponse({"queued": True})


def safe_refresh_sector(request):
    rebuild_sector_bound.apply_async(kwargs={"sector": request.GET["sector"]})
    return JsonResponse({"queued": True})
