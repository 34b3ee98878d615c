# family: cmd 78
import subprocess

from django import forms
from django.http import HttpResponseBadRequest, JsonResponse


class LooseExportForm(forms.Form):
    fmt = forms.CharField(max_length=8)


class ExportForm(forms.Form):
    fmt = forms.ChoiceField(choices=[("pdf", "PDF"), ("csv", "CSV"), ("xlsx", "Excel")])


def vuln_export_dossier(request):
    form = LooseExportForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest("bad format")
    subprocess.run("dossier-export --format " + form.cleaned_data["fmt"], shell=True, check=True)  # sink
    return JsonResponse({"ok": True})


def safe_export_dossier(request):
    form = ExportForm(request.GET)
    if not form.is_valid():
        return HttpResponseBadRequest("bad format")
    subprocess.run("dossier-export --format " + form.cleaned_data["fmt"], shell=True, check=True)  # sink
    return JsonResponse({"ok": True})
