# family: sql 89
from django.db import connection
from django.http import JsonResponse


def vuln_orders(request, customer_id):
    status = request.GET.get("status")
    sql = "SELECT id, total FROM orders WHERE customer_id = {} AND status = '{}'".format(customer_id, status)
    with connection.cursor() as cur:
        cur.execute(sql)  # sink
        rows = cur.fetchall()
    return JsonResponse({"orders": rows})


def safe_orders(request, customer_id):
    status = request.GET.get("status")
    with connection.cursor() as cur:
        cur.execute("SELECT id, total FROM orders WHERE customer_id = %s AND status = %s", [customer_id, status])  # sink
        rows = cur.fetchall()
    return JsonResponse({"orders": rows})


def safe_orders_int(request):
    customer_id = int(request.GET["customer"])
    with connection.cursor() as cur:
        cur.execute("SELECT id FROM orders WHERE customer_id = %d" % customer_id)  # sink
        rows = cur.fetchall()
    return JsonResponse({"orders": rows})
