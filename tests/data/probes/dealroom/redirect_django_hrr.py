# family: redirect 601
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def vuln_after_nda(request):
    target = request.POST.get("continue", "/")
    return HttpResponseRedirect(target)  # sink


def safe_after_nda(request):
    target = request.POST.get("continue", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        target = "/"
    return HttpResponseRedirect(target)  # sink
