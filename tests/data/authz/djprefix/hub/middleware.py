"""A login wall letting requests through by the start of their path: the views under an open prefix answer
anyone; every other view is behind the wall."""

from django.contrib.auth.views import redirect_to_login

OPEN_PREFIXES = ("/pages/", "/status")


class SignInWall:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(OPEN_PREFIXES):
            return self.get_response(request)
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        return self.get_response(request)
