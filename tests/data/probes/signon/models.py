"""The sign-in service's Django models (no family: helpers of the probe modules)."""

from django.conf import settings
from django.db import models


class PasswordReset(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    token = models.CharField(max_length=64)
    token_hash = models.CharField(max_length=64, default="")
    created = models.DateTimeField(auto_now_add=True)


class BackupCode(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    code = models.CharField(max_length=8)


class ApiKey(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    prefix = models.CharField(max_length=8)
    key = models.CharField(max_length=64)
    api_key = models.CharField(max_length=64, default="")
