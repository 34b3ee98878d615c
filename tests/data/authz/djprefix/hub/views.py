from django.http import JsonResponse

from ledger.models import load


def status(request):  # expect
    return JsonResponse({"up": True, "rows": load("status")})


def export(request, section):  # expect
    # its path's first part is any word: /pages/export/ is one the wall lets through
    return JsonResponse({"rows": load(section)})
