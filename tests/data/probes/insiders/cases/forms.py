from django import forms

from .models import Case, Insider

STATUSES = [("open", "Open"), ("closed", "Closed"), ("escalated", "Escalated")]


class CaseFilterForm(forms.Form):
    desk = forms.CharField(max_length=40)
    year = forms.IntegerField(min_value=2000, max_value=2100)
    status = forms.ChoiceField(choices=STATUSES)
    owner = forms.EmailField()
    reference = forms.UUIDField()
    code = forms.SlugField()
    note = forms.CharField(required=False)


class InsiderForm(forms.ModelForm):
    class Meta:
        model = Insider
        fields = ["full_name", "email", "department"]


class CallbackForm(forms.Form):
    callback = forms.URLField()
    label = forms.CharField(max_length=80)


class NoticeForm(forms.Form):
    subject = forms.CharField(max_length=120)
    body = forms.CharField(widget=forms.Textarea)


class CaseForm(forms.ModelForm):
    class Meta:
        model = Case
        fields = ["title", "desk", "priority", "opened"]
