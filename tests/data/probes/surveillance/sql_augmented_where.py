# family: sql 89
from django.db import connection
from django.http import JsonResponse


def vuln_case_search(request):
    sql = "SELECT id, title FROM cases WHERE closed = false"
    trader = request.GET.get("trader")
    if trader:
        sql += " AND trader = '" + trader + "'"
    with connection.cursor() as cur:
        cur.execute(sql)  # sink
        return JsonResponse({"cases": cur.fetchall()})


def safe_case_search(request):
    sql = "SELECT id, title FROM cases WHERE closed = false"
    params = []
    trader = request.GET.get("trader")
    if trader:
        sql += " AND trader = %s"
        params.append(trader)
    with connection.cursor() as cur:
        cur.execute(sql, params)  # sink
        return JsonResponse({"cases": cur.fetchall()})
