# family: cmd 78
import shlex
import subprocess

from django.conf import settings
from django.http import FileResponse, HttpResponse

from ..forms import CaseFilterForm

FORMATS = {"pdf": "--pdf", "csv": "--csv"}


def vuln_export_list(request, slug):  # <slug:slug> case, ?recipient=
    recipient = request.GET.get("recipient", "")
    subprocess.run(f"{settings.EXPORT_TOOL} {slug} | gpg --encrypt -r {recipient}", shell=True, check=True)  # sink
    return HttpResponse(status=202)


def safe_export_list(request, slug):  # <slug:slug> case, ?recipient=
    recipient = request.GET.get("recipient", "")
    subprocess.run(f"{settings.EXPORT_TOOL} {slug} | gpg --encrypt -r {shlex.quote(recipient)}", shell=True, check=True)  # sink
    return HttpResponse(status=202)


def vuln_export_by_path(request, target):  # <path:target>
    subprocess.run(f"{settings.EXPORT_TOOL} --out {target}", shell=True, check=True)  # sink
    return HttpResponse(status=202)


def safe_export_by_number(request, number):  # <int:number>
    subprocess.run(f"{settings.EXPORT_TOOL} --case {number}", shell=True, check=True)  # sink
    return HttpResponse(status=202)


def vuln_export_filtered(request):
    form = CaseFilterForm(request.GET)
    form.is_valid()
    desk = form.cleaned_data.get("desk", "")
    out = subprocess.check_output(f"{settings.EXPORT_TOOL} --desk {desk}", shell=True)  # sink
    return HttpResponse(out, content_type="text/csv")


def safe_export_filtered(request):
    form = CaseFilterForm(request.GET)
    form.is_valid()
    status = form.cleaned_data.get("status", "open")
    out = subprocess.check_output(f"{settings.EXPORT_TOOL} --status {status}", shell=True)  # sink
    return HttpResponse(out, content_type="text/csv")


def safe_export_format(request):
    flag = FORMATS.get(request.GET.get("format"), "--pdf")
    subprocess.run(f"{settings.EXPORT_TOOL} {flag} --all", shell=True, check=True)  # sink
    return FileResponse(open("/srv/insiders/exports/latest", "rb"))
