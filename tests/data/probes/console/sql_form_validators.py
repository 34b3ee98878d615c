# family: sql 89
from django import forms
from django.core.validators import MaxLengthValidator, RegexValidator, validate_slug
from django.db import connection
from django.http import JsonResponse
from rest_framework import serializers
from rest_framework.decorators import api_view
from rest_framework.response import Response

REGION = RegexValidator(r"^[A-Z]{2}$")


class SlugRegionForm(forms.Form):
    region = forms.CharField(validators=[validate_slug])


class CodeRegionForm(forms.Form):
    region = forms.CharField(validators=[REGION])


class LongRegionForm(forms.Form):
    region = forms.CharField(validators=[MaxLengthValidator(12)])


class RegionSerializer(serializers.Serializer):
    region = serializers.RegexField(r"^[A-Z]{2}$")


class FreeRegionSerializer(serializers.Serializer):
    region = serializers.CharField(max_length=2)


def _count(region):
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT count(*) FROM breaches WHERE region = '{region}'")  # sink
        return cursor.fetchone()[0]


def _api_count(region):
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM breaches WHERE region = '%s'" % region)  # sink
        return cursor.fetchone()[0]


def vuln_region_count(request):
    form = LongRegionForm(request.GET)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    return JsonResponse({"count": _count(form.cleaned_data["region"])})


def safe_region_count(request):
    form = SlugRegionForm(request.GET)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    return JsonResponse({"count": _count(form.cleaned_data["region"])})


def safe_region_code_count(request):
    form = CodeRegionForm(request.GET)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    return JsonResponse({"count": _count(form.cleaned_data["region"])})


@api_view(["GET"])
def vuln_region_api(request):
    serializer = FreeRegionSerializer(data=request.query_params)
    serializer.is_valid(raise_exception=True)
    return Response({"count": _api_count(serializer.validated_data["region"])})


@api_view(["GET"])
def safe_region_api(request):
    serializer = RegionSerializer(data=request.query_params)
    serializer.is_valid(raise_exception=True)
    return Response({"count": _api_count(serializer.validated_data["region"])})
