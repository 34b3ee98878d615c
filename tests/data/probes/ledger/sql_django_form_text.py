# family: sql 89
from django import forms
from django.db import connection
from django.http import JsonResponse


class ClientSearch(forms.Form):
    name = forms.CharField(max_length=80)
    limit = forms.IntegerField(min_value=1, max_value=100)


def vuln_search(request):
    form = ClientSearch(request.GET)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    name = form.cleaned_data["name"]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, name FROM clients WHERE name LIKE '{name}%'")  # sink
        return JsonResponse({"rows": cursor.fetchall()})


def safe_search(request):
    form = ClientSearch(request.GET)
    if not form.is_valid():
        return JsonResponse(form.errors, status=400)
    limit = form.cleaned_data["limit"]
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT id, name FROM clients WHERE name LIKE %s LIMIT {limit}", [form.cleaned_data["name"] + "%"])  # sink
        return JsonResponse({"rows": cursor.fetchall()})
