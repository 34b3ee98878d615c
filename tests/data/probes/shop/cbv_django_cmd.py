# family: cmd 78
import subprocess

from django.http import HttpResponse
from django.views.generic import View


class VulnConvertView(View):
    def post(self, request, *args, **kwargs):
        fmt = self.request.POST.get("format", "pdf")
        cmd = "libreoffice --headless --convert-to %s /tmp/in.docx" % fmt
        subprocess.call(cmd, shell=True)  # sink
        return HttpResponse("converted")


class SafeConvertView(View):
    FORMATS = {"pdf", "odt", "txt"}

    def post(self, request, *args, **kwargs):
        fmt = self.request.POST.get("format", "pdf")
        if fmt not in self.FORMATS:
            return HttpResponse(status=400)
        cmd = "libreoffice --headless --convert-to %s /tmp/in.docx" % fmt
        subprocess.call(cmd, shell=True)  # sink
        return HttpResponse("converted")
