# family: redirect 601
from django.conf import settings
from django.contrib.auth import login
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpResponseRedirect
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.generic import FormView, UpdateView

from ..models import Case


def vuln_after_login(request):
    form = AuthenticationForm(request, data=request.POST or None)
    if form.is_valid():
        login(request, form.get_user())
        return redirect(request.GET.get("next", "/"))  # sink
    return render(request, "login.html", {"form": form})


def safe_after_login(request):
    form = AuthenticationForm(request, data=request.POST or None)
    if form.is_valid():
        login(request, form.get_user())
        next_url = request.GET.get("next", "/")
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()):
            next_url = "/"
        return redirect(next_url)  # sink
    return render(request, "login.html", {"form": form})


def vuln_back(request):
    return HttpResponseRedirect(request.META.get("HTTP_REFERER", "/cases/"))  # sink


def safe_back(request):
    referer = request.META.get("HTTP_REFERER", "/cases/")
    if url_has_allowed_host_and_scheme(referer, allowed_hosts=settings.ALLOWED_HOSTS):
        return HttpResponseRedirect(referer)  # sink
    return HttpResponseRedirect("/cases/")


def vuln_close_case(request, pk):  # <int:pk>
    Case.objects.filter(pk=pk).update(status="closed")
    return redirect(request.POST.get("return_to", reverse("cases:list")))  # sink


def safe_close_case(request, pk):  # <int:pk>
    Case.objects.filter(pk=pk).update(status="closed")
    return redirect(reverse("cases:detail", kwargs={"pk": pk}))


def safe_case_by_slug(request, slug):  # <slug:slug>
    return redirect(f"/cases/{slug}/insiders/")


class VulnCaseUpdate(UpdateView):
    model = Case
    fields = ["title", "status"]

    def get_success_url(self):
        return self.request.POST.get("next") or reverse("cases:list")  # sink


class SafeCaseUpdate(UpdateView):
    model = Case
    fields = ["title", "status"]

    def get_success_url(self):
        next_url = self.request.POST.get("next")
        if next_url and url_has_allowed_host_and_scheme(next_url, allowed_hosts={self.request.get_host()}):
            return next_url  # sink
        return reverse("cases:list")


class VulnLoginView(FormView):
    form_class = AuthenticationForm
    template_name = "login.html"

    def form_valid(self, form):
        login(self.request, form.get_user())
        return HttpResponseRedirect(self.request.GET.get("next", "/"))  # sink


class SafeLoginView(FormView):
    form_class = AuthenticationForm
    template_name = "login.html"

    def form_valid(self, form):
        login(self.request, form.get_user())
        target = self.request.GET.get("next", "/")
        if not url_has_allowed_host_and_scheme(target, allowed_hosts={self.request.get_host()}):
            target = "/"
        return HttpResponseRedirect(target)  # sink
