# family: cmd 78
import itertools
import subprocess

from django.http import HttpResponse


def vuln_bundle(request):
    names = request.POST.getlist("doc")
    command = " ".join(itertools.chain(["zip", "-j", "/tmp/bundle.zip"], names))
    subprocess.run(command, shell=True, cwd="/srv/vdr", check=True)  # sink
    return HttpResponse("bundled")


def safe_bundle(request):
    names = request.POST.getlist("doc")
    command = list(itertools.chain(["zip", "-j", "/tmp/bundle.zip", "--"], names))
    subprocess.run(command, cwd="/srv/vdr", check=True)  # sink
    return HttpResponse("bundled")
