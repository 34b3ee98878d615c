# family: sql 89
from django.db import connection
from django.http import JsonResponse


def vuln_prices(request):
    isins = request.GET.getlist("isin")
    quoted = ", ".join("'%s'" % isin for isin in isins)
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT isin, close FROM prices WHERE isin IN ({quoted})")  # sink
        return JsonResponse({"prices": cursor.fetchall()})


def safe_prices(request):
    isins = request.GET.getlist("isin")
    marks = ", ".join(["%s"] * len(isins))
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT isin, close FROM prices WHERE isin IN ({marks})", isins)  # sink
        return JsonResponse({"prices": cursor.fetchall()})
