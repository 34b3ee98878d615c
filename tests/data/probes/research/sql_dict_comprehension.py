# family: sql 89
from django.db import connection
from django.http import JsonResponse

FILTERABLE = ("sector", "region", "rating")


def vuln_screen(request):
    filters = {key: value for key, value in request.GET.items()}
    where = " AND ".join(f"{key} = '{value}'" for key, value in filters.items())
    with connection.cursor() as cur:
        cur.execute("SELECT ticker FROM coverage WHERE " + where)  # sink
        return JsonResponse({"tickers": [r[0] for r in cur.fetchall()]})


def safe_screen(request):
    filters = {key: request.GET[key] for key in FILTERABLE if key in request.GET}
    where = " AND ".join(f"{key} = %s" for key in filters)
    with connection.cursor() as cur:
        cur.execute("SELECT ticker FROM coverage WHERE " + where, list(filters.values()))  # sink
        return JsonResponse({"tickers": [r[0] for r in cur.fetchall()]})
