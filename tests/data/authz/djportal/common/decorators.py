from functools import wraps

from django.contrib.auth.decorators import user_passes_test
from django.core.exceptions import PermissionDenied


def compliance_area(view_or_include):
    """Wraps a view, or the patterns of an include(), for compliance officers only."""
    return user_passes_test(lambda u: u.groups.filter(name="compliance").exists())(view_or_include)


def ensure_staff(request):
    if not request.user.is_staff:
        raise PermissionDenied("staff only")


def traced(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        request.traced = True
        return view(request, *args, **kwargs)

    return wrapper
