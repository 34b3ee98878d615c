# family: redirect 601
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme


def vuln_next_or_home(request):
    return redirect(request.GET.get("next") or "/")  # sink


def safe_next_or_home(request):
    target = request.GET.get("next") or "/"
    allowed = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()})
    if not allowed:
        target = "/"
    return redirect(target)  # sink


def vuln_post_redirect(request):
    return HttpResponseRedirect(request.POST["success_url"])  # sink


def safe_named_redirect(request, pk):  # <int:pk>
    return redirect("cases:detail", pk=pk)


def safe_path_redirect(request):
    return HttpResponseRedirect(request.get_full_path())  # sink


def vuln_host_redirect(request):
    return HttpResponseRedirect(f"https://{request.GET['portal']}/cases/")  # sink


def safe_tab_redirect(request, pk):  # <int:pk>
    tab = request.GET.get("tab", "summary")
    return HttpResponseRedirect(reverse("cases:detail", kwargs={"pk": pk}) + f"?tab={tab}")  # sink
