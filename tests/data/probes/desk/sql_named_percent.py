# family: sql 89
from django.db import connection
from django.http import JsonResponse


def vuln_invoices_for_client(request):
    client = request.GET["client"]
    sql = "SELECT number, total FROM invoices WHERE client_code = '%(client)s'" % {"client": client}
    with connection.cursor() as cursor:
        cursor.execute(sql)  # sink
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})


def safe_invoices_for_client(request):
    client = request.GET["client"]
    sql = "SELECT number, total FROM invoices WHERE client_code = %(client)s"
    with connection.cursor() as cursor:
        cursor.execute(sql, {"client": client})  # sink
        rows = cursor.fetchall()
    return JsonResponse({"rows": rows})
