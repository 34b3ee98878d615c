from django.core.exceptions import PermissionDenied
from django.views import View


class OperatorView(View):
    permission = "custody.view_statement"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm(self.permission):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)
