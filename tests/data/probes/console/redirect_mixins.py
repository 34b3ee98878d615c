# family: redirect 601
from django import forms
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import HttpResponseRedirect
from django.shortcuts import redirect
from django.views.generic import FormView

from .mixins import CheckedNextUrlMixin, NextUrlMixin


class AcknowledgeForm(forms.Form):
    policy = forms.CharField(max_length=40)


class VulnAcknowledgeView(LoginRequiredMixin, NextUrlMixin, FormView):
    form_class = AcknowledgeForm
    template_name = "console/acknowledge.html"

    def form_valid(self, form):
        form.save_acknowledgement(self.request.user)
        return HttpResponseRedirect(self.get_next_url())  # sink


class SafeAcknowledgeView(LoginRequiredMixin, CheckedNextUrlMixin, FormView):
    form_class = AcknowledgeForm
    template_name = "console/acknowledge.html"

    def form_valid(self, form):
        form.save_acknowledgement(self.request.user)
        return HttpResponseRedirect(self.get_next_url())  # sink


class VulnSwitchDeskView(LoginRequiredMixin, NextUrlMixin, FormView):
    form_class = AcknowledgeForm
    template_name = "console/desk.html"

    def post(self, request, *args, **kwargs):
        request.session["desk"] = request.POST.get("desk", "rates")
        return redirect(self.get_next_url())  # sink


class SafeSwitchDeskView(LoginRequiredMixin, CheckedNextUrlMixin, FormView):
    form_class = AcknowledgeForm
    template_name = "console/desk.html"

    def post(self, request, *args, **kwargs):
        request.session["desk"] = request.POST.get("desk", "rates")
        return redirect(self.get_next_url())  # sink
