# family: sql 89
from urllib.parse import parse_qs, unquote

from django.db import connection
from django.http import JsonResponse

COLUMNS = ("isin", "qty", "price")
VIEWS = {"daily": "daily_positions", "monthly": "monthly_positions"}


def vuln_maxima(request):
    with connection.cursor() as cur:
        return JsonResponse({c: cur.execute(f"SELECT max({c}) FROM positions").fetchone() for c in request.GET.getlist("col")})  # sink


def safe_maxima(request):
    with connection.cursor() as cur:
        return JsonResponse({c: cur.execute(f"SELECT max({c}) FROM positions").fetchone() for c in COLUMNS})  # sink


def vuln_period(request):
    view = unquote(request.GET.get("view", "daily"))
    with connection.cursor() as cur:
        cur.execute("SELECT isin, qty FROM %s" % view)  # sink
        return JsonResponse({"rows": cur.fetchall()})


def safe_period(request):
    view = VIEWS.get(unquote(request.GET.get("view", "daily")), "daily_positions")
    with connection.cursor() as cur:
        cur.execute("SELECT isin, qty FROM %s" % view)  # sink
        return JsonResponse({"rows": cur.fetchall()})


def vuln_body_query(request):
    form = parse_qs(request.body.decode())
    with connection.cursor() as cur:
        cur.execute(f"SELECT isin FROM positions WHERE desk = '{form['desk'][0]}'")  # sink
        return JsonResponse({"rows": cur.fetchall()})


def safe_body_query(request):
    form = parse_qs(request.body.decode())
    with connection.cursor() as cur:
        cur.execute("SELECT isin FROM positions WHERE desk = %s", [form["desk"][0]])  # sink
        return JsonResponse({"rows": cur.fetchall()})


def vuln_columns_sorted(request):
    cols = sorted({c.lower() for c in request.GET.getlist("col")})
    with connection.cursor() as cur:
        cur.execute("SELECT " + ", ".join(cols) + " FROM positions")  # sink
        return JsonResponse({"rows": cur.fetchall()})


def safe_columns_sorted(request):
    cols = sorted({c for c in COLUMNS if c in request.GET.getlist("col")}) or ["isin"]
    with connection.cursor() as cur:
        cur.execute("SELECT " + ", ".join(cols) + " FROM positions")  # sink
        return JsonResponse({"rows": cur.fetchall()})
