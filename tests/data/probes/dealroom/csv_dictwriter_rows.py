# family: csv 1236
import csv
import io

from django.http import HttpResponse

FORMULA = ("=", "+", "-", "@", "\t", "\r")


def as_text(value):
    value = str(value)
    return "'" + value if value.startswith(FORMULA) else value


def vuln_insider_csv(request):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["name", "role", "since"])
    writer.writeheader()
    writer.writerow({key: request.POST.get(key, "") for key in ("name", "role", "since")})  # sink
    return HttpResponse(out.getvalue(), content_type="text/csv")


def safe_insider_csv(request):
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["name", "role", "since"])
    writer.writeheader()
    writer.writerow({key: as_text(request.POST.get(key, "")) for key in ("name", "role", "since")})  # sink
    return HttpResponse(out.getvalue(), content_type="text/csv")
