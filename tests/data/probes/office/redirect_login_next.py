# family: redirect 601
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def vuln_after_login(request):
    target = request.GET.get("next") or "/home"
    return redirect(target)  # sink


def safe_after_login(request):
    target = request.GET.get("next") or "/home"
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        target = "/home"
    return redirect(target)  # sink
