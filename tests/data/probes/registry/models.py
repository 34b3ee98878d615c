from django.db import models


class InsiderEntry(models.Model):
    name = models.CharField(max_length=200)
    project = models.CharField(max_length=100)
