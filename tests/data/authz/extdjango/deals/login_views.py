"""Login steps of third-party login flows: public by design (the user is not logged in yet)."""

from authlib.integrations.django_client import OAuth
from django.contrib.auth import login
from django.http import JsonResponse
from django.urls import reverse
from django.views.generic import FormView
from social_core.actions import do_auth, do_complete
from social_django.utils import psa
from social_django.views import complete

from deals.models import Deal

oauth = OAuth()
oauth.register("company")


@psa("deals:social-finish")
def social_begin(request, backend):  # quiet
    return do_auth(request.backend, redirect_name="next")


@psa("deals:social-finish")
def social_finish(request, backend):  # quiet
    return do_complete(request.backend, _do_login, user=request.user, redirect_name="next", request=request)


def social_return(request, backend):  # quiet
    if "cancel" in request.GET:
        return JsonResponse({"cancelled": True})
    return complete(request, backend)


def social_status(request, backend):  # expect
    return JsonResponse({"backend": backend, "deals": list(Deal.objects.values())})


def _do_login(backend, user, social_user):
    login(backend.strategy.request, user)


def oauth_login(request):  # quiet
    redirect_uri = request.build_absolute_uri(reverse("deals:oauth-callback"))
    return oauth.company.authorize_redirect(request, redirect_uri)


def oauth_callback(request):  # quiet
    token = oauth.company.authorize_access_token(request)
    request.session["user"] = token["userinfo"]
    return JsonResponse({"ok": True})


class SecondFactorStep(FormView):  # quiet
    template_name = "second_factor.html"

    def form_valid(self, form):
        user = form.get_user()
        login(self.request, user)
        return super().form_valid(form)


class SecondFactorForm(FormView):  # expect
    template_name = "second_factor.html"

    def form_valid(self, form):
        form.save()
        return JsonResponse({"deals": list(Deal.objects.values())})
