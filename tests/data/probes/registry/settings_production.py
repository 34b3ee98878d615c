# family: settingscookie 614 1004 489 215
import os

SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
DEBUG = True  # sink
ALLOWED_HOSTS = ["registry.firm.example"]
INSTALLED_APPS = ["django.contrib.sessions", "registry"]
SESSION_COOKIE_SECURE = False  # sink
SESSION_COOKIE_HTTPONLY = False  # sink
CSRF_COOKIE_SECURE = True
