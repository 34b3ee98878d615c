# family: assert 703 617
from django.core.exceptions import PermissionDenied
from django.http import JsonResponse


def vuln_export(request):
    assert request.user.has_perm("registry.export"), "no export permission"  # sink
    return JsonResponse({"ok": True})


def safe_export(request):
    if not request.user.has_perm("registry.export"):  # sink
        raise PermissionDenied
    return JsonResponse({"ok": True})
