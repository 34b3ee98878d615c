"""Settings for the test suite: a throwaway database on the CI runner."""

from .settings import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "test-only-not-secret"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "clearing_test",
        "USER": "postgres",
        "PASSWORD": "postgres",
        "HOST": "localhost",
    }
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
