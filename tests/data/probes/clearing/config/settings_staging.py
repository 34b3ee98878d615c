# family: debug 489 215
"""Staging settings, as a developer left them."""

from .settings import *  # noqa: F401,F403

DEBUG = True  # sink
SECRET_KEY = "k7#q!v2^x9m$w1@z8p&r4t6y0u3i5o-clearing-staging"
ALLOWED_HOSTS = ["*"]
CORS_ALLOW_ALL_ORIGINS = True
SESSION_COOKIE_SECURE = False
