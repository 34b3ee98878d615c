# family: path 22 23 36 73 99
from django import forms
from django.http import FileResponse
from django.views.generic.edit import FormView

TEMPLATES_DIR = "/srv/surveillance/letters/"


class LetterForm(forms.Form):
    letter = forms.CharField(max_length=100)


class ChosenLetterForm(forms.Form):
    letter = forms.ChoiceField(choices=[("warning", "Warning"), ("closure", "Closure"), ("request", "Request")])


class VulnLetterView(FormView):
    form_class = LetterForm
    template_name = "letters/pick.html"

    def form_valid(self, form):
        return FileResponse(open(TEMPLATES_DIR + form.cleaned_data["letter"], "rb"))  # sink


class SafeLetterView(FormView):
    form_class = ChosenLetterForm
    template_name = "letters/pick.html"

    def form_valid(self, form):
        return FileResponse(open(TEMPLATES_DIR + form.cleaned_data["letter"], "rb"))  # sink
