# family: cmd 78
import os
import subprocess

from django.http import HttpResponse


def vuln_ping_host(request):
    out = os.popen("ping -c 1 " + request.GET["host"]).read()  # sink
    return HttpResponse(out, content_type="text/plain")


def safe_ping_host(request):
    out = subprocess.run(["ping", "-c", "1", "--", request.GET["host"]], capture_output=True, text=True).stdout  # sink
    return HttpResponse(out, content_type="text/plain")


def vuln_archive_case(request, reference):  # <str:reference>
    subprocess.Popen(["sh", "-c", f"tar czf /srv/archive/{reference}.tgz /srv/cases/{reference}"])  # sink
    return HttpResponse(status=202)


def safe_archive_case(request, number):  # <int:number>
    subprocess.Popen(["sh", "-c", f"tar czf /srv/archive/{number}.tgz /srv/cases/{number}"])  # sink
    return HttpResponse(status=202)
