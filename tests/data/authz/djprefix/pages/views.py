from django.http import JsonResponse

from ledger.models import load


def prices(request):  # expect
    return JsonResponse({"rows": load("prices")})
