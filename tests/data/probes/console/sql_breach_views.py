# family: sql 89
from django import forms
from django.http import JsonResponse
from django.views.generic import ListView

from .models import Breach
from .services.repository import BreachRepository

UNITS = {"days": "day", "hours": "hour"}
repo = BreachRepository()


class DeskForm(forms.Form):
    desk = forms.RegexField(regex=r"^[a-z]{2,12}$")


class FreeDeskForm(forms.Form):
    desk = forms.CharField(max_length=12)


def vuln_open_breaches(request):
    rows = repo.open_for_desk(request.GET["desk"])  # sink
    return JsonResponse({"ids": [b.id for b in rows]})


def safe_open_breaches(request):
    rows = repo.open_for_desk_bound(request.GET["desk"])  # sink
    return JsonResponse({"ids": [b.id for b in rows]})


def vuln_breach_ages(request):
    rows = repo.with_age(request.GET.get("unit", "day"))  # sink
    return JsonResponse({"ages": [b.age for b in rows]})


def safe_breach_ages(request):
    rows = repo.with_age(UNITS.get(request.GET.get("unit", ""), "day"))  # sink
    return JsonResponse({"ages": [b.age for b in rows]})


class VulnDeskBreaches(ListView):
    model = Breach

    def get_queryset(self):
        form = FreeDeskForm(self.request.GET)
        desk = form.cleaned_data["desk"] if form.is_valid() else "rates"
        return Breach.objects.extra(where=[f"desk = '{desk}'"])  # sink


class SafeDeskBreaches(ListView):
    model = Breach

    def get_queryset(self):
        form = DeskForm(self.request.GET)
        desk = form.cleaned_data["desk"] if form.is_valid() else "rates"
        return Breach.objects.extra(where=[f"desk = '{desk}'"])  # sink


def vuln_rule_breaches(request):
    rows = repo.by_rule(request.GET["rule"])  # sink
    return JsonResponse({"ids": [b.id for b in rows]})


def safe_rule_breaches(request):
    rows = repo.by_rule(int(request.GET["rule"]))  # sink
    return JsonResponse({"ids": [b.id for b in rows]})


def vuln_selected_columns(request):
    label = request.GET.get("label", "rule")
    rows = Breach.objects.extra(select={"label": f"upper({label})"}).values("id", "label")  # sink
    return JsonResponse({"rows": list(rows)})


def safe_selected_columns(request):
    label = request.GET.get("label", "rule")
    column = label if label in {"rule", "desk"} else "rule"
    rows = Breach.objects.extra(select={"label": f"upper({column})"}).values("id", "label")  # sink
    return JsonResponse({"rows": list(rows)})
