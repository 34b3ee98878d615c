# family: sql 89
# Round 32, second batch: Django views matching request data: positional class patterns (__match_args__), mapping
# patterns with **rest, nested match statements, sequence patterns binding the last item, and PEP 584 dict merges.
from dataclasses import dataclass

from django.db import connection
from django.http import JsonResponse

DEFAULTS = {"table": "restricted", "order": "isin"}


@dataclass(slots=True)
class Sort:
    column: str
    direction: str


def vuln_positional_class_pattern(request):
    match Sort(request.GET.get("col", "isin"), request.GET.get("dir", "asc")):
        case Sort(column, "asc" | "desc" as direction):
            sql = f"SELECT isin FROM restricted ORDER BY {column} {direction}"
        case _:
            sql = "SELECT isin FROM restricted"
    with connection.cursor() as cursor:
        cursor.execute(sql)  # sink
        return JsonResponse({"rows": cursor.fetchall()})


def safe_positional_class_pattern(request):
    match Sort(request.GET.get("col", "isin"), request.GET.get("dir", "asc")):
        case Sort("isin" | "issuer" as column, "asc" | "desc" as direction):
            sql = f"SELECT isin FROM restricted ORDER BY {column} {direction}"
        case _:
            sql = "SELECT isin FROM restricted"
    with connection.cursor() as cursor:
        cursor.execute(sql)  # sink
        return JsonResponse({"rows": cursor.fetchall()})


def vuln_mapping_rest_keys(request):
    match request.GET.dict():
        case {"list": "watch", **rest}:
            where = " AND ".join(f"{k} = %s" for k in rest)
            sql = f"SELECT isin FROM watch WHERE {where}"
            params = list(rest.values())
        case _:
            sql, params = "SELECT isin FROM watch", []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)  # sink
        return JsonResponse({"rows": cursor.fetchall()})


def safe_mapping_rest_values(request):
    match request.GET.dict():
        case {"list": "watch", **rest}:
            where = " AND ".join(f"{k} = %s" for k in ("isin", "issuer"))
            sql = f"SELECT isin FROM watch WHERE {where}"
            params = [rest.get("isin"), rest.get("issuer")]
        case _:
            sql, params = "SELECT isin FROM watch", []
    with connection.cursor() as cursor:
        cursor.execute(sql, params)  # sink
        return JsonResponse({"rows": cursor.fetchall()})


def vuln_nested_match(request):
    match request.GET.get("op"), request.GET.get("by", "isin"):
        case ("sort", by):
            match by:
                case "isin" | "issuer":
                    column = "isin"
                case _:
                    column = by
        case _:
            column = "isin"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT isin FROM restricted ORDER BY {column}")  # sink
        return JsonResponse({"rows": cursor.fetchall()})


def safe_nested_match(request):
    match request.GET.get("op"), request.GET.get("by", "isin"):
        case ("sort", by):
            match by:
                case "isin" | "issuer":
                    column = by
                case _:
                    column = "isin"
        case _:
            column = "isin"
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT isin FROM restricted ORDER BY {column}")  # sink
        return JsonResponse({"rows": cursor.fetchall()})


def vuln_sequence_last(request):
    match request.GET.getlist("col"):
        case [*_, last]:
            sql = f"SELECT {last} FROM restricted"
        case _:
            sql = "SELECT isin FROM restricted"
    with connection.cursor() as cursor:
        cursor.execute(sql)  # sink
        return JsonResponse({"rows": cursor.fetchall()})


def safe_sequence_last(request):
    match [*request.GET.getlist("col"), "isin"]:
        case [*_, last]:
            sql = f"SELECT {last} FROM restricted"
        case _:
            sql = "SELECT isin FROM restricted"
    with connection.cursor() as cursor:
        cursor.execute(sql)  # sink
        return JsonResponse({"rows": cursor.fetchall()})


def vuln_dict_merge_client_last(request):
    opts = DEFAULTS | request.GET.dict()
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT isin FROM {opts['table']}")  # sink
        return JsonResponse({"rows": cursor.fetchall()})


def safe_dict_merge_defaults_last(request):
    opts = request.GET.dict() | DEFAULTS
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT isin FROM {opts['table']}")  # sink
        return JsonResponse({"rows": cursor.fetchall()})
