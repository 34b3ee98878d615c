# family: path 22 23 36 73 99
import os

from django.http import FileResponse

PASSPORTS = "/srv/onboarding/passports"


def vuln_passport_scan(request):
    name = os.path.normpath(request.GET["scan"])
    return FileResponse(open(os.path.join(PASSPORTS, name), "rb"))  # sink


def safe_passport_scan(request):
    name = os.path.basename(request.GET["scan"])
    return FileResponse(open(os.path.join(PASSPORTS, name), "rb"))  # sink
