# family: plain 319
import ftplib

import requests


def vuln_upload_list(path, user, password):
    with ftplib.FTP("ftp.regulator.example") as ftp:  # sink
        ftp.login(user, password)
        with open(path, "rb") as handle:
            ftp.storbinary("STOR insiders.csv", handle)


def safe_upload_list(path, user, password):
    with ftplib.FTP_TLS("ftp.regulator.example") as ftp:  # sink
        ftp.login(user, password)
        ftp.prot_p()
        with open(path, "rb") as handle:
            ftp.storbinary("STOR insiders.csv", handle)


def vuln_notify_partner(payload, token):
    return requests.post(  # sink
        "http://hooks.partner.example/registry", json=payload, headers={"Authorization": token}, timeout=10
    )


def safe_notify_partner(payload, token):
    return requests.post(  # sink
        "https://hooks.partner.example/registry", json=payload, headers={"Authorization": token}, timeout=10
    )
