# family: sql 89
from django.db import connection
from django.http import JsonResponse

from .lib import queries


def vuln_analyst_list(request):
    with connection.cursor() as cur:
        cur.execute(queries.notes_by_analyst(request.GET["analyst"]))  # sink
        return JsonResponse({"rows": cur.fetchall()})


def safe_analyst_list(request):
    with connection.cursor() as cur:
        cur.execute(queries.notes_by_analyst_bound(), {"a": request.GET["analyst"]})  # sink
        return JsonResponse({"rows": cur.fetchall()})
