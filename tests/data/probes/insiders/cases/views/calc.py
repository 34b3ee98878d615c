# family: code 94 95
import ast

from django.http import JsonResponse

LIMITS = {"small": "amount < 10_000", "large": "amount < 1_000_000"}


def vuln_threshold(request):
    amount = float(request.GET.get("amount", "0"))
    rule = request.GET.get("rule", "amount < 10_000")
    return JsonResponse({"breach": not eval(rule, {"amount": amount})})  # sink


def safe_threshold(request):
    amount = float(request.GET.get("amount", "0"))
    rule = LIMITS.get(request.GET.get("rule", "small"), LIMITS["small"])
    return JsonResponse({"breach": not eval(rule, {"amount": amount})})  # sink


def vuln_weights(request):
    weights = eval(request.POST["weights"])  # sink
    return JsonResponse({"total": sum(weights)})


def safe_weights(request):
    weights = ast.literal_eval(request.POST["weights"])
    return JsonResponse({"total": sum(weights)})
