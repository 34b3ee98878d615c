# family: cleartext 319
"""Uploads of payment files to the banks that still speak FTP."""

import ftplib
import ssl

from . import settings


def safe_upload_ftps(host: str, user: str, password: str, path: str) -> None:
    context = ssl.create_default_context(cafile=settings.PARTNER_CA)
    with ftplib.FTP_TLS(host, context=context) as ftp:
        ftp.login(user, password)
        ftp.prot_p()
        with open(path, "rb") as handle:
            ftp.storbinary("STOR payments.xml", handle)


def safe_local_test_server(path: str) -> None:
    with ftplib.FTP("127.0.0.1") as ftp:
        ftp.login()
        with open(path, "rb") as handle:
            ftp.storbinary("STOR smoke.txt", handle)


def vuln_upload_plain(user: str, password: str, path: str) -> None:
    with ftplib.FTP("ftp.bank-partner.example") as ftp:  # sink
        ftp.login(user, password)
        with open(path, "rb") as handle:
            ftp.storbinary("STOR payments.xml", handle)


def vuln_upload_ftps_clear_data(host: str, user: str, password: str, path: str) -> None:
    context = ssl.create_default_context(cafile=settings.PARTNER_CA)
    with ftplib.FTP_TLS(host, context=context) as ftp:  # sink
        ftp.login(user, password)  # the control channel only: the file goes in clear without prot_p()
        with open(path, "rb") as handle:
            ftp.storbinary("STOR payments.xml", handle)
