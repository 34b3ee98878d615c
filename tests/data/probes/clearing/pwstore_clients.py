# family: pwstore 256 312 522
import ftplib
import ssl

from django.contrib.auth.hashers import make_password
from django.utils import timezone


class SafeFtpClient:
    def __init__(self, host: str, user: str, password: str):
        self.host = host
        self.user = user
        self.password = password

    def connect(self) -> ftplib.FTP_TLS:
        ftp = ftplib.FTP_TLS(self.host, context=ssl.create_default_context())
        ftp.login(self.user, self.password)
        ftp.prot_p()
        return ftp


def safe_change_password(user, form) -> None:
    user.set_password(form.cleaned_data["new_password1"])
    user.password_changed_at = timezone.now()
    user.password_reset_required = False
    user.save()


def safe_import_member(member, row: dict) -> None:
    member.password = make_password(row["initial_password"])
    member.save()


def vuln_change_password(user, form) -> None:
    user.password = form.cleaned_data["new_password1"]  # sink
    user.save()
