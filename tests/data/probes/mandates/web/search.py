"""A Django form of the web layer that builds the parts of a search query."""

from django import forms


class MandateSearchForm(forms.Form):
    client = forms.CharField(max_length=64)

    def __init__(self, request, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request
        self.table = "mandates"

    def where(self):
        return f"client = '{self.cleaned_data['client']}'"

    def source(self):
        return f"SELECT * FROM {self.table}"
