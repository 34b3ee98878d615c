# family: import 470 94
import enum
import importlib

from django.http import HttpResponse


class ExportFormat(enum.Enum):
    pdf = "dealroom.exporters.pdf"
    xlsx = "dealroom.exporters.xlsx"


def vuln_export_room(request):
    module = importlib.import_module(f"dealroom.exporters.{request.GET['format']}")  # sink
    return HttpResponse(module.render())


def safe_export_room(request):
    module = importlib.import_module(ExportFormat[request.GET["format"]].value)  # sink
    return HttpResponse(module.render())
