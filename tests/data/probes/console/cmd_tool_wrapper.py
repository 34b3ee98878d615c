# family: cmd 78
from django.core.validators import RegexValidator, validate_slug
from django.http import HttpResponse, HttpResponseBadRequest
from django.utils.text import slugify

from .services.exports import dump_table, run_tool

TABLE_NAME = RegexValidator(r"^[a-z_]{1,40}$")


def vuln_dump_table(request):
    dump_table(request.POST["table"], "/srv/console/dumps/table.sql")  # sink
    return HttpResponse(status=202)


def safe_dump_table(request):
    table = request.POST["table"]
    validate_slug(table)
    dump_table(table, "/srv/console/dumps/table.sql")  # sink
    return HttpResponse(status=202)


def vuln_dump_checked_badly(request):
    table = request.POST["table"]
    if not table:
        return HttpResponseBadRequest("table?")
    dump_table(table, "/srv/console/dumps/table.sql")  # sink
    return HttpResponse(status=202)


def safe_dump_regex(request):
    table = request.POST["table"]
    TABLE_NAME(table)
    dump_table(table, "/srv/console/dumps/table.sql")  # sink
    return HttpResponse(status=202)


def vuln_archive_report(request):
    report = request.POST.get("report", "daily")
    run_tool("/usr/bin/tar", "czf", f"/srv/console/archive/{report}.tgz", "/srv/console/exports")  # sink
    return HttpResponse(status=202)


def safe_archive_report(request):
    report = slugify(request.POST.get("report", "daily"))
    run_tool("/usr/bin/tar", "czf", f"/srv/console/archive/{report}.tgz", "/srv/console/exports")  # sink
    return HttpResponse(status=202)
