# family: sql 89
from django.db import connection
from django.http import JsonResponse


def _page(cursor, table, **options):
    limit = options.get("limit", 20)
    cursor.execute(f"SELECT id, name FROM {table} LIMIT {limit}")  # sink
    return cursor.fetchall()


def vuln_staff_list(request):
    with connection.cursor() as cursor:
        rows = _page(cursor, "staff", limit=request.GET.get("limit", "20"))
    return JsonResponse({"rows": rows})


def safe_staff_list(request):
    try:
        limit = min(int(request.GET.get("limit", "20")), 100)
    except ValueError:
        return JsonResponse({"error": "limit"}, status=400)
    with connection.cursor() as cursor:
        rows = _page(cursor, "staff", limit=limit)
    return JsonResponse({"rows": rows})
