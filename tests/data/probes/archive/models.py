from django.db import models


class Report(models.Model):
    title = models.CharField(max_length=200)
    sector = models.CharField(max_length=40)
    analyst = models.CharField(max_length=80)
    restricted = models.BooleanField(default=True)
