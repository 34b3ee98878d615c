# family: redirect 601
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def vuln_finish_kyc(request):
    target = request.GET.get("next", "/dashboard/")
    if "://" in target:
        target = "/dashboard/"
    return HttpResponseRedirect(target)  # sink


def safe_finish_kyc(request):
    target = request.GET.get("next", "/dashboard/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=True):
        target = "/dashboard/"
    return HttpResponseRedirect(target)  # sink
