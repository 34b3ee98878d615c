from django.http import HttpRequest, JsonResponse
from django.contrib.auth.decorators import permission_required

from .tasks import vuln_dump_table


@permission_required("ops.add_export")
def dump_table(request: HttpRequest) -> JsonResponse:
    vuln_dump_table.delay(request.POST["table"])
    return JsonResponse({"queued": True})
