from django.http import JsonResponse

from ledger.models import load


def entries(request):  # quiet
    return JsonResponse({"rows": load("entries")})


def entry(request, pk):  # quiet
    return JsonResponse({"rows": load(pk)})


def ledger_pages(request):  # quiet
    return JsonResponse({"rows": load("pages")})
