# family: path 22 23 36 73 99
import os

from django.conf import settings
from django.http import FileResponse


def vuln_payslip(request):
    name = request.GET["file"]
    handle = open(os.path.join(settings.MEDIA_ROOT, "payslips", name), "rb")  # sink
    return FileResponse(handle)


def safe_payslip(request):
    name = os.path.basename(request.GET["file"])
    handle = open(os.path.join(settings.MEDIA_ROOT, "payslips", name), "rb")  # sink
    return FileResponse(handle)
