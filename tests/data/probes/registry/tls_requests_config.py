# family: tls 295
import requests

from .settings_loader import settings


def vuln_download(url):
    return requests.get(url, verify=False, timeout=10).content  # sink


def safe_download(url):
    return requests.get(url, verify=settings.CA_BUNDLE, timeout=10).content  # sink


def vuln_post_filing(url, payload):
    with requests.Session() as session:
        session.verify = False  # sink
        return session.post(url, json=payload, timeout=10)


def safe_post_filing(url, payload):
    with requests.Session() as session:
        session.cert = (settings.CLIENT_CERT, settings.CLIENT_KEY)  # sink
        return session.post(url, json=payload, timeout=10)
