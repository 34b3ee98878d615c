# family: cmd 78
import subprocess
import tempfile

from django.http import HttpResponse


def vuln_unpack(request):
    name = request.POST["archive"]
    with tempfile.TemporaryDirectory() as workdir:
        subprocess.run(f"tar xzf /srv/inbox/{name} -C {workdir}", shell=True, check=True)  # sink
    return HttpResponse("unpacked")


def safe_unpack(request):
    name = request.POST["archive"]
    with tempfile.TemporaryDirectory() as workdir:
        subprocess.run(["tar", "xzf", f"/srv/inbox/{name}", "-C", workdir], check=True)  # sink
    return HttpResponse("unpacked")
