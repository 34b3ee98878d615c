# family: redirect 601
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def vuln_back(request):
    return HttpResponseRedirect(request.META.get("HTTP_REFERER", "/"))  # sink


def safe_back(request):
    target = request.META.get("HTTP_REFERER", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        target = "/"
    return HttpResponseRedirect(target)  # sink
