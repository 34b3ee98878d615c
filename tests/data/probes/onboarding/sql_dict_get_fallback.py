# family: sql 89
from django.db import connection
from django.http import JsonResponse

ORDERINGS = {"newest": "opened_on DESC", "oldest": "opened_on", "risk": "risk_score DESC"}


def vuln_review_queue(request):
    key = request.GET.get("order", "newest")
    ordering = ORDERINGS.get(key, key)
    with connection.cursor() as cursor:
        cursor.execute("SELECT ref FROM onboarding_review ORDER BY %s" % ordering)  # sink
        return JsonResponse({"queue": cursor.fetchall()})


def safe_review_queue(request):
    key = request.GET.get("order", "newest")
    ordering = ORDERINGS.get(key)
    with connection.cursor() as cursor:
        cursor.execute("SELECT ref FROM onboarding_review ORDER BY %s" % ordering)  # sink
        return JsonResponse({"queue": cursor.fetchall()})
