# family: path 22 23 36 73 99
import os

from django.http import FileResponse, Http404
from django.views import View

REPORTS = "/srv/research/client-reports"


class VulnReportDownload(View):
    def get(self, request, *args, **kwargs):
        name = self.kwargs["filename"]
        return FileResponse(open(os.path.join(REPORTS, name), "rb"))  # sink


class SafeReportDownload(View):
    def get(self, request, *args, **kwargs):
        path = os.path.normpath(os.path.join(REPORTS, self.kwargs["filename"]))
        if os.path.commonpath([REPORTS, path]) != REPORTS:
            raise Http404()
        return FileResponse(open(path, "rb"))  # sink
