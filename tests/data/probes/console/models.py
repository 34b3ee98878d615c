from django.db import models


class Breach(models.Model):
    desk = models.CharField(max_length=20)
    rule = models.CharField(max_length=40)
    opened = models.DateTimeField()
    closed = models.DateTimeField(null=True)
