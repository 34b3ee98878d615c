# family: nosql 943
from django.http import JsonResponse
from pymongo import MongoClient

alerts = MongoClient("mongodb://mongo.internal:27017")["surveillance"]["alerts"]
FIELDS = ("desk", "symbol")


def vuln_alert_match(request):
    clauses = [f"this.{field} == '{value}'" for field, value in zip(FIELDS, request.GET.getlist("v"))]
    return JsonResponse({"alerts": list(alerts.find({"$where": " && ".join(clauses)}, {"_id": 0}))})  # sink


def safe_alert_match(request):
    query = {field: str(value) for field, value in zip(FIELDS, request.GET.getlist("v"))}
    return JsonResponse({"alerts": list(alerts.find(query, {"_id": 0}))})  # sink
