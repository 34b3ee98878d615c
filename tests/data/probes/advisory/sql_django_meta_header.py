# family: sql 89
from django.db import connection
from django.http import JsonResponse


def vuln_desk_clients(request):
    desk = request.META.get("HTTP_X_ADVISORY_DESK", "private")
    with connection.cursor() as cursor:
        cursor.execute("SELECT code, name FROM clients WHERE desk = '%s'" % desk)  # sink
        return JsonResponse({"clients": cursor.fetchall()})


def safe_desk_clients(request):
    desk = request.META.get("HTTP_X_ADVISORY_DESK", "private")
    with connection.cursor() as cursor:
        cursor.execute("SELECT code, name FROM clients WHERE desk = %s", [desk])  # sink
        return JsonResponse({"clients": cursor.fetchall()})
