# family: secret 798 259 321
from django import forms
from django.contrib.auth import password_validation


class SafePasswordChangeForm(forms.Form):
    old_password = forms.CharField(widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}))
    new_password1 = forms.CharField(
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=password_validation.password_validators_help_text_html(),
    )
    new_password2 = forms.CharField(widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}))

    error_messages = {"password_mismatch": "The two password fields didn't match."}

    def clean_new_password2(self):
        password1 = self.cleaned_data.get("new_password1")
        password2 = self.cleaned_data.get("new_password2")
        if password1 and password2 and password1 != password2:
            raise forms.ValidationError(self.error_messages["password_mismatch"], code="password_mismatch")
        return password2


class SafeApiCredentialForm(forms.Form):
    FIELDS = ("client_id", "client_secret")
    client_id = forms.CharField(max_length=64)
    client_secret = forms.CharField(widget=forms.PasswordInput(render_value=False))
    token_type = forms.ChoiceField(choices=[("bearer", "Bearer"), ("mac", "MAC")], initial="bearer")


def safe_secret_kind(kind: str) -> str:
    if kind == "password":
        return "Enter the member password"
    if kind == "token":
        return "Paste the access token"
    return "Unknown credential"


def vuln_default_admin(create_user):
    return create_user(username="clearing-admin", password="Adm1n!Clearing2026")  # sink
