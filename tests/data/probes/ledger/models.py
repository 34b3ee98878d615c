from django.conf import settings
from django.db import models


class Account(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    display_name = models.CharField(max_length=80)
    phone = models.CharField(max_length=30)
    language = models.CharField(max_length=8)
    is_admin = models.BooleanField(default=False)
