# family: sql 89
from django import forms
from django.db import connection
from django.http import HttpResponseBadRequest, JsonResponse

REGIONS = ("emea", "apac", "amer")


class LooseRegionForm(forms.Form):
    region = forms.CharField(max_length=10)

    def clean_region(self):
        return self.cleaned_data["region"].strip().lower()


class RegionForm(forms.Form):
    region = forms.CharField(max_length=10)

    def clean_region(self):
        region = self.cleaned_data["region"].strip().lower()
        if region not in REGIONS:
            raise forms.ValidationError("unknown region")
        return region


def vuln_pending_by_region(request):
    form = LooseRegionForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest("bad region")
    region = form.cleaned_data["region"]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT ref FROM onboarding_pending WHERE region = '{region}'")  # sink
        return JsonResponse({"pending": cursor.fetchall()})


def safe_pending_by_region(request):
    form = RegionForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest("bad region")
    region = form.cleaned_data["region"]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT ref FROM onboarding_pending WHERE region = '{region}'")  # sink
        return JsonResponse({"pending": cursor.fetchall()})
