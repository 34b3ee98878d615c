# family: ssrf 918
from urllib.parse import urlparse

import requests
from django import forms
from django.http import JsonResponse
from django.views.generic.edit import FormView

NOTIFY_HOSTS = {"hooks.crm.firm.example", "events.firm.example"}


class LooseWebhookForm(forms.Form):
    webhook = forms.URLField()


class WebhookForm(forms.Form):
    webhook = forms.URLField()

    def clean_webhook(self):
        url = self.cleaned_data["webhook"]
        if urlparse(url).hostname not in NOTIFY_HOSTS:
            raise forms.ValidationError("webhook host not allowed")
        return url


class VulnWebhookTest(FormView):
    form_class = LooseWebhookForm

    def form_valid(self, form):
        reply = requests.post(form.cleaned_data["webhook"], json={"event": "test"}, timeout=5)  # sink
        return JsonResponse({"status": reply.status_code})


class SafeWebhookTest(FormView):
    form_class = WebhookForm

    def form_valid(self, form):
        reply = requests.post(form.cleaned_data["webhook"], json={"event": "test"}, timeout=5)  # sink
        return JsonResponse({"status": reply.status_code})
