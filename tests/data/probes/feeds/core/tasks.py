"""Celery tasks of the feeds service, enqueued by the web layer."""

import requests
from celery import shared_task

LOGO_HOSTS = {"cdn.partner-a.example": "https://cdn.partner-a.example", "img.partner-b.example": "https://img.partner-b.example"}


@shared_task
def fetch_issuer_logo(url):
    return requests.get(url, timeout=10).content


@shared_task
def fetch_partner_logo(host):
    base = LOGO_HOSTS.get(host)
    if base is None:
        return None
    return requests.get(f"{base}/logo.png", timeout=10).content
