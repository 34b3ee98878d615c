# family: sql 89
import re
import sqlite3

from django.http import JsonResponse


def vuln_cost_centre(request):
    code = request.GET.get("code", "").replace("'", "")
    db = sqlite3.connect("finance.db")
    return JsonResponse({"rows": db.execute(f"SELECT id FROM centres WHERE code = '{code}' OR alias = {code}").fetchall()})  # sink


def safe_cost_centre(request):
    code = re.sub(r"[^A-Z0-9-]", "", request.GET.get("code", "").upper())
    db = sqlite3.connect("finance.db")
    return JsonResponse({"rows": db.execute(f"SELECT id FROM centres WHERE code = '{code}'").fetchall()})  # sink
