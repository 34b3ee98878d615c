# family: cmd 78
import subprocess

from django.http import HttpResponse


def vuln_run_tool(request):
    script = request.POST["script"]
    out = subprocess.run(["python3", "-u", script], capture_output=True, text=True)  # sink
    return HttpResponse(out.stdout, content_type="text/plain")


def safe_run_tool(request):
    month = request.POST["month"]
    out = subprocess.run(["python3", "/srv/office/tools/payroll.py", month], capture_output=True, text=True)  # sink
    return HttpResponse(out.stdout, content_type="text/plain")
