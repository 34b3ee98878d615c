from django.http import JsonResponse
from django.views.generic import View


def load(kind):
    return [{"kind": kind}]


def health(request):  # expect
    return JsonResponse({"rows": load("health")})


def rates(request):  # expect
    return JsonResponse({"rows": load("rates")})


def ledger(request):  # quiet
    return JsonResponse({"rows": load("ledger")})


class JournalView(View):  # quiet
    def get(self, request):
        return JsonResponse({"rows": load("journal")})
