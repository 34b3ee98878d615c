# family: log 117
import logging

from django import forms
from django.http import HttpResponseBadRequest, JsonResponse

audit = logging.getLogger("onboarding.audit")


class LooseContactForm(forms.Form):
    contact = forms.CharField(max_length=254)


class ContactForm(forms.Form):
    contact = forms.EmailField(max_length=254)


def vuln_confirm_contact(request):
    form = LooseContactForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("bad contact")
    audit.info("confirmation e-mail sent to %s", form.cleaned_data["contact"])  # sink
    return JsonResponse({"sent": True})


def safe_confirm_contact(request):
    form = ContactForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("bad contact")
    audit.info("confirmation e-mail sent to %s", form.cleaned_data["contact"])  # sink
    return JsonResponse({"sent": True})
