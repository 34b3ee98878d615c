# family: sql 89
from django.http import JsonResponse

from .repositories.base import open_cursor
from .web.search import MandateSearchForm


def vuln_search(request):
    form = MandateSearchForm(request, request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    cur = open_cursor()
    cur.execute(form.source() + " WHERE " + form.where())  # sink
    return JsonResponse({"rows": cur.fetchall()})


def safe_search(request):
    form = MandateSearchForm(request, request.POST)
    if not form.is_valid():
        return JsonResponse({"errors": form.errors}, status=400)
    cur = open_cursor()
    cur.execute(form.source() + " WHERE client = ?", (form.cleaned_data["client"],))
    return JsonResponse({"rows": cur.fetchall()})
