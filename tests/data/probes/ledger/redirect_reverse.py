# family: redirect 601
from django.shortcuts import redirect
from django.urls import reverse


def vuln_back(request):
    return redirect(request.GET.get("to", "/"))  # sink


def safe_back(request):
    view = request.GET.get("to", "dashboard")
    return redirect(reverse(f"ledger:{view}"))  # sink
