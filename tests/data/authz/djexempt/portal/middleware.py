from django.conf import settings
from django.contrib.auth.views import redirect_to_login


class LoginWall:
    """Sends anonymous users to the login page, except on the views and URL names listed."""

    OPEN_URL_NAMES = ("public-rates",)

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func.__name__ in settings.OPEN_VIEWS:
            return None
        if request.resolver_match.url_name in self.OPEN_URL_NAMES:
            return None
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return None
