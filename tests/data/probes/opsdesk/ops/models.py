from django.db import models


class Export(models.Model):
    name = models.CharField(max_length=80)
    path = models.CharField(max_length=255)
    sent = models.BooleanField(default=False)
