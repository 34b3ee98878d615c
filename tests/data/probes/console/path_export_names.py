# family: path 22 23 36 73 99
import os

from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import FileResponse, HttpResponse
from django.utils.text import slugify
from django.views import View

from .mixins import ExportNameMixin, SluggedExportNameMixin
from .services.exports import build_csv

EXPORT_DIR = "/srv/console/exports"


class VulnDownloadExport(LoginRequiredMixin, ExportNameMixin, View):
    def get(self, request):
        path = os.path.join(EXPORT_DIR, self.export_name() + ".csv")
        return FileResponse(open(path, "rb"), as_attachment=True)  # sink


class SafeDownloadExport(LoginRequiredMixin, SluggedExportNameMixin, View):
    def get(self, request):
        path = os.path.join(EXPORT_DIR, self.export_name() + ".csv")
        return FileResponse(open(path, "rb"), as_attachment=True)  # sink


def vuln_save_export(request):
    name = request.POST["name"]
    with open(os.path.join(EXPORT_DIR, f"{name}.csv"), "w", encoding="utf-8") as out:  # sink
        out.write(build_csv(request.POST.get("desk", "rates")))
    return HttpResponse(status=201)


def safe_save_export(request):
    name = slugify(request.POST["name"]) or "export"
    with open(os.path.join(EXPORT_DIR, f"{name}.csv"), "w", encoding="utf-8") as out:  # sink
        out.write(build_csv(request.POST.get("desk", "rates")))
    return HttpResponse(status=201)
