# family: redirect 601
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme


def vuln_resume(request):
    return HttpResponseRedirect(request.COOKIES.get("return_to", "/cases/"))  # sink


def safe_resume(request):
    url = request.COOKIES.get("return_to", "/cases/")
    if not url_has_allowed_host_and_scheme(url, allowed_hosts={request.get_host()}, require_https=True):
        url = "/cases/"
    return HttpResponseRedirect(url)  # sink
