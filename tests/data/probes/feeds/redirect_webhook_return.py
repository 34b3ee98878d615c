# family: redirect 601
from urllib.parse import urlparse

from django.http import HttpResponseBadRequest
from django.shortcuts import redirect

PARTNER_HOSTS = {"portal.partner-a.example", "app.partner-b.example"}


def vuln_partner_return(request):
    origin = urlparse(request.GET["origin"])
    if origin.hostname not in PARTNER_HOSTS:
        return HttpResponseBadRequest("unknown partner")
    return redirect(request.GET["next"])  # sink


def safe_partner_return(request):
    target = urlparse(request.GET["next"])
    if target.scheme != "https" or target.hostname not in PARTNER_HOSTS:
        return HttpResponseBadRequest("unknown partner")
    return redirect(request.GET["next"])


def safe_partner_return_default(request):
    target = urlparse(request.GET.get("next", ""))
    if target.scheme != "https" or target.hostname not in PARTNER_HOSTS:
        return HttpResponseBadRequest("unknown partner")
    return redirect(request.GET.get("next", ""))
