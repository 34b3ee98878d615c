# family: redirect 601
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme


def vuln_logout(request):
    return HttpResponseRedirect(request.GET.get("return_to", "/"))  # sink


def safe_logout(request):
    target = request.GET.get("return_to", "/")
    if not url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        target = "/"
    return redirect(target)  # sink


def vuln_switch_lang(request):
    target = request.POST["back"]
    response = redirect(target)  # sink
    response.set_cookie("lang", "en")
    return response
