# family: authz 862
"""Pages of the desk's exports."""

from django.contrib.admin.views.decorators import staff_member_required
from django.contrib.auth.decorators import permission_required
from django.http import FileResponse, HttpRequest, JsonResponse

from .models import Export


@permission_required("ops.view_export")
def safe_export_list(request: HttpRequest) -> JsonResponse:
    return JsonResponse({"exports": list(Export.objects.values("id", "name", "sent"))})


@staff_member_required
def safe_export_file(request: HttpRequest, pk: int) -> FileResponse:
    return FileResponse(open(Export.objects.get(pk=pk).path, "rb"))


def vuln_export_file(request: HttpRequest, pk: int) -> FileResponse:  # sink
    return FileResponse(open(Export.objects.get(pk=pk).path, "rb"))
