# family: mass 915
from django import forms
from django.contrib.auth.models import User
from django.http import HttpResponse, HttpResponseBadRequest


class ContactForm(forms.Form):
    first_name = forms.CharField(max_length=40)
    last_name = forms.CharField(max_length=40)


def vuln_update_contact(request):
    User.objects.filter(pk=request.user.pk).update(**request.POST.dict())  # sink
    return HttpResponse("saved")


def safe_update_contact(request):
    form = ContactForm(request.POST)
    if not form.is_valid():
        return HttpResponseBadRequest("invalid")
    User.objects.filter(pk=request.user.pk).update(**form.cleaned_data)  # sink
    return HttpResponse("saved")
