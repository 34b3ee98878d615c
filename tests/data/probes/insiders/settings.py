"""Settings of the insider-list manager (deployed values come from the environment)."""

import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = False
ALLOWED_HOSTS = ["insiders.example.com"]
ROOT_URLCONF = "insiders.urls"

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "rest_framework",
    "insiders.cases",
    "insiders.api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "insiders.cases.middleware.DeskMiddleware",
]

MEDIA_ROOT = "/srv/insiders/media"
DOCUMENTS_ROOT = "/srv/insiders/documents"
EXPORT_TOOL = "/opt/insiders/bin/export-list"
PARTNER_FEEDS = {"fca": "https://feeds.fca.example/notices", "amf": "https://notices.amf.example/feed"}
ALLOWED_CALLBACK_HOSTS = {"hooks.insiders.example.com", "compliance.partner.example"}
