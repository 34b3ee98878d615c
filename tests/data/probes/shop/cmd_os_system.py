# family: cmd 78
import os

from django.http import HttpResponse

ARCHIVES = {"daily": "/backups/daily.tgz", "weekly": "/backups/weekly.tgz"}


def vuln_restore(request, archive):
    os.system("tar xzf /backups/%s.tgz -C /srv/restore" % archive)  # sink
    return HttpResponse("restored")


def safe_restore(request, archive):
    path = ARCHIVES.get(archive)
    if path is None:
        return HttpResponse(status=404)
    os.system("tar xzf %s -C /srv/restore" % path)  # sink
    return HttpResponse("restored")
