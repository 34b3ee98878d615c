# family: sql 89
from django.db import connection
from django.http import JsonResponse


def vuln_compare_notes(request):
    first, *others = request.GET.getlist("id")
    with connection.cursor() as cur:
        cur.execute(f"SELECT id, title FROM notes WHERE id = {first} OR id IN ({','.join(others)})")  # sink
        return JsonResponse({"rows": cur.fetchall()})


def safe_compare_notes(request):
    ids = [int(i) for i in request.GET.getlist("id")]
    first, *others = ids
    with connection.cursor() as cur:
        cur.execute(f"SELECT id, title FROM notes WHERE id = {first} OR id IN ({','.join(map(str, others))})")  # sink
        return JsonResponse({"rows": cur.fetchall()})
