# family: secret 798 259 321
from django import forms
from django.utils.translation import gettext_lazy as _

PASSWORD_LABEL = _("Password")
PASSWORD_HELP = _("Your password must contain at least 12 characters.")
DEFAULT_OPERATOR_PASSWORD = "Custody#Ops2026"  # sink


class SafeOperatorLoginForm(forms.Form):
    username = forms.CharField(label=_("User name"), max_length=64)
    password = forms.CharField(label=PASSWORD_LABEL, help_text=PASSWORD_HELP, widget=forms.PasswordInput)
    otp_token = forms.CharField(label=_("One-time token"), max_length=8, required=False)


class VulnOperatorSeed:
    username = "settlement-ops"
    password = "Kq7#vNw2rTz9"  # sink


class SafeOperatorSeed:
    username = "settlement-ops"
    password = None  # set with `custodyctl operator set-password`
