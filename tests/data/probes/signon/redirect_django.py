# family: redirect 601
from django.contrib.auth import authenticate, login
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import redirect, resolve_url
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST
from onelogin.saml2.auth import OneLogin_Saml2_Auth
from onelogin.saml2.utils import OneLogin_Saml2_Utils


def _saml_request(request: HttpRequest) -> dict:
    return {
        "https": "on" if request.is_secure() else "off",
        "http_host": request.get_host(),
        "script_name": request.path,
        "get_data": request.GET.copy(),
        "post_data": request.POST.copy(),
    }


@require_POST
def vuln_sign_in(request: HttpRequest) -> HttpResponse:
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return HttpResponse("wrong user name or password", status=401)
    login(request, user)
    return HttpResponseRedirect(request.POST.get("next", "/"))  # sink


@require_POST
def safe_sign_in(request: HttpRequest) -> HttpResponse:
    user = authenticate(request, username=request.POST["username"], password=request.POST["password"])
    if user is None:
        return HttpResponse("wrong user name or password", status=401)
    login(request, user)
    target = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        target = resolve_url("dashboard")
    return HttpResponseRedirect(target)  # sink


def vuln_saml_acs(request: HttpRequest) -> HttpResponse:
    req = _saml_request(request)
    auth = OneLogin_Saml2_Auth(req, custom_base_path="saml")
    auth.process_response()
    if auth.get_errors():
        return HttpResponse("sign-in failed", status=403)
    request.session["saml_nameid"] = auth.get_nameid()
    self_url = OneLogin_Saml2_Utils.get_self_url(req)
    if "RelayState" in request.POST and self_url != request.POST["RelayState"]:
        return redirect(auth.redirect_to(request.POST["RelayState"]))  # sink
    return redirect("dashboard")


def safe_saml_acs(request: HttpRequest) -> HttpResponse:
    req = _saml_request(request)
    auth = OneLogin_Saml2_Auth(req, custom_base_path="saml")
    auth.process_response()
    if auth.get_errors():
        return HttpResponse("sign-in failed", status=403)
    request.session["saml_nameid"] = auth.get_nameid()
    relay_state = request.POST.get("RelayState", "")
    if relay_state and url_has_allowed_host_and_scheme(relay_state, allowed_hosts={request.get_host()}):
        return redirect(auth.redirect_to(relay_state))  # sink
    return redirect("dashboard")


def vuln_password_changed(request: HttpRequest) -> HttpResponse:
    return_to = request.GET.get("return_to") or "/"
    return redirect(return_to)  # sink


def safe_password_changed(request: HttpRequest) -> HttpResponse:
    return_to = request.GET.get("return_to") or "/"
    if not url_has_allowed_host_and_scheme(return_to, allowed_hosts=None):
        return_to = "/"
    return redirect(return_to)  # sink
