# family: redirect 601
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def vuln_after_login(request):
    if (target := request.GET.get("next")):
        return HttpResponseRedirect(target)  # sink
    return redirect("portal:home")


def safe_after_login(request):
    target = request.GET.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        return HttpResponseRedirect(target)  # sink
    return redirect("portal:home")
