# family: sql 89
from collections import ChainMap

from django.db import connection
from django.http import JsonResponse

DEFAULTS = {"order": "created", "direction": "asc"}
ORDER_COLUMNS = {"created": "created_at", "title": "title", "stage": "stage"}


def vuln_room_list(request):
    options = ChainMap(request.GET.dict(), DEFAULTS)
    with connection.cursor() as cur:
        cur.execute(f"SELECT id, title FROM rooms ORDER BY {options['order']}")  # sink
        return JsonResponse({"rooms": cur.fetchall()})


def safe_room_list(request):
    options = ChainMap(request.GET.dict(), DEFAULTS)
    column = ORDER_COLUMNS.get(options["order"], "created_at")
    with connection.cursor() as cur:
        cur.execute(f"SELECT id, title FROM rooms ORDER BY {column}")  # sink
        return JsonResponse({"rooms": cur.fetchall()})
